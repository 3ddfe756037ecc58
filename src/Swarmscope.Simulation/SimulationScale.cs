namespace Swarmscope.Simulation;

/// <summary>Preset sizes: small ≈ 2k accounts / 50k posts, medium ≈ 20k / 500k, large ≈ 100k / 5M.</summary>
public enum SimulationScale
{
    Small,
    Medium,
    Large,
}
