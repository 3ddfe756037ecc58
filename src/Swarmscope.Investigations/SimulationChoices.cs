namespace Swarmscope.Investigations;

/// <summary>The values a simulation request accepts, for front ends to validate and list them.</summary>
public static class SimulationChoices
{
    /// <summary>Ways a farm varies its texts; "none" and "all" are shorthands.</summary>
    public static IReadOnlyList<string> Variations { get; } = ["none", "words", "names", "script", "all"];

    public static IReadOnlyList<string> FarmObjects { get; } = ["exclusive", "shared"];

    /// <summary>Largest pool of distinct prepared texts a farm can have.</summary>
    public static int MaxPoolSize => Simulation.FarmTextPool.MaxPoolSize;
}
