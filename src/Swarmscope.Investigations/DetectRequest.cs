using Swarmscope.Detection;

namespace Swarmscope.Investigations;

/// <summary>Find coordinated groups in a store. Unset values are the documented defaults of `swarmscope detect`.</summary>
public sealed record DetectRequest
{
    private static readonly DetectionOptions Defaults = new();

    public required string Database { get; init; }
    /// <summary>Folder for the report files (edges.csv, clusters.csv, evidence, networks, summary.md); null writes none.</summary>
    public string? OutFolder { get; init; }
    /// <summary>Behaviour names (see <see cref="DetectionChoices.Behaviours"/>; "all" for every one); null: all but copost.</summary>
    public IReadOnlyList<string>? Behaviours { get; init; }
    /// <summary>Co-action window in milliseconds; ignored when <see cref="AutoWindow"/>.</summary>
    public long WindowMs { get; init; } = Defaults.WindowMs;
    /// <summary>Estimate the window: the time within which the fastest 10% of repeats of the first behaviour come.</summary>
    public bool AutoWindow { get; init; }
    /// <summary>The template-pool test's burst: posts count when another account posted from the same pool within this time.</summary>
    public long PoolWindowMs { get; init; } = Defaults.PoolWindowMs;
    /// <summary>Optional second, faster window counted separately.</summary>
    public long? FastWindowMs { get; init; }
    public int MinParticipation { get; init; } = Defaults.MinParticipation;
    /// <summary>Tolerated share of falsely flagged accounts, in (0, 1]; 1 turns the significance filter off.</summary>
    public double Alpha { get; init; } = Defaults.Alpha;
    public int MinWeight { get; init; } = Defaults.MinWeight;
    public double? Percentile { get; init; }
    public int Seed { get; init; } = Defaults.Seed;
    public TimeZoneInfo? TimeZone { get; init; }
    /// <summary>Post pairs kept per edge in evidence.jsonl.</summary>
    public int EvidencePerEdge { get; init; } = Defaults.EvidencePerEdge;
}
