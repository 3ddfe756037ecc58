namespace Swarmscope.Investigations;

/// <summary>Write a synthetic world with planted coordinated groups (posts.csv, accounts.csv, truth.csv) into a folder.</summary>
public sealed record SimulateRequest
{
    public required string OutFolder { get; init; }
    public int Seed { get; init; } = 1;
    public WorldScale Scale { get; init; } = WorldScale.Small;
    /// <summary>Overrides of the scale's sizes (null = the scale's).</summary>
    public int? Accounts { get; init; }
    public int? Posts { get; init; }
    public int? Days { get; init; }
    /// <summary>Classic planted groups per kind (corepost, template, linkpush, swarmreply); 0 = none; null = the scale's.</summary>
    public int? GroupsPerKind { get; init; }
    /// <summary>Farms with configurable tactics, on top of the accounts above (null = none).</summary>
    public SimulatedFarms? Farms { get; init; }
    /// <summary>Organic look-alikes, listed in lookalikes.csv (null = none).</summary>
    public SimulatedLookAlikes? LookAlikes { get; init; }
    /// <summary>Also write narrative-posts.csv and narrative-truth.csv (planted flips, swarms, on/off farms; docs/simulation.md).</summary>
    public bool Narratives { get; init; }
}
