namespace Swarmscope.Simulation;

/// <summary>What to simulate. Sizes default from <see cref="Scale"/>; any can be overridden (tests use tiny worlds).</summary>
public sealed record SimulationOptions
{
    public int Seed { get; init; } = 1;
    public SimulationScale Scale { get; init; } = SimulationScale.Small;
    /// <summary>First day of the simulated period (UTC).</summary>
    public DateTimeOffset Start { get; init; } = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
    public int Days { get; init; } = 30;

    private int? _accounts, _posts, _groupsPerKind;

    /// <summary>All accounts, organic and planted.</summary>
    public int Accounts { get => _accounts ?? Scale switch { SimulationScale.Medium => 20_000, SimulationScale.Large => 100_000, _ => 2_000 }; init => _accounts = value; }

    /// <summary>Approximate number of posts of all kinds.</summary>
    public int Posts { get => _posts ?? Scale switch { SimulationScale.Medium => 500_000, SimulationScale.Large => 5_000_000, _ => 50_000 }; init => _posts = value; }

    /// <summary>Planted groups of each of the four kinds (0 = none: an organic-only world, unless farms are asked for).</summary>
    public int GroupsPerKind { get => _groupsPerKind ?? Scale switch { SimulationScale.Medium => 5, SimulationScale.Large => 12, _ => 2 }; init => _groupsPerKind = value; }

    public int MinGroupSize { get; init; } = 8;
    public int MaxGroupSize { get; init; } = 30;

    /// <summary>Planted farms with configurable tactics, on top of the groups above (null = none).</summary>
    public FarmTactics? Farms { get; init; }

    /// <summary>Organic behaviour that looks coordinated and must not be flagged (null = none).</summary>
    public OrganicLookAlikes? LookAlikes { get; init; }
}
