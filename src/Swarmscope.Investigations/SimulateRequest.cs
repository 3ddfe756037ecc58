namespace Swarmscope.Investigations;

/// <summary>Write a synthetic world with planted coordinated groups (posts.csv, accounts.csv, truth.csv) into a folder.</summary>
public sealed record SimulateRequest
{
    public required string OutFolder { get; init; }
    public int Seed { get; init; } = 1;
    public WorldScale Scale { get; init; } = WorldScale.Small;
    /// <summary>Also write narrative-posts.csv and narrative-truth.csv (planted flips, swarms, on/off farms; docs/simulation.md).</summary>
    public bool Narratives { get; init; }
}
