namespace Swarmscope.Core.Findings;

/// <summary>The settings a detection run used, as stored in `runs.settings` (JSON, snake_case names).</summary>
public sealed record DetectionSettings
{
    /// <summary>Behaviour names in the order the run analysed them (e.g. "corepost").</summary>
    public required IReadOnlyList<string> Behaviours { get; init; }
    public long WindowMs { get; init; }
    /// <summary>True when the window was estimated from the data (--window auto).</summary>
    public bool WindowEstimated { get; init; }
    /// <summary>Negative when there was no fast window.</summary>
    public long FastWindowMs { get; init; } = -1;
    public int MinParticipation { get; init; }
    public double Alpha { get; init; }
    public int MinWeight { get; init; }
    public double? Percentile { get; init; }
    public int Seed { get; init; }
    public double Resolution { get; init; } = 1;
    /// <summary>IANA or system id of the zone used for hour-of-day and weekday profiles.</summary>
    public required string TimeZone { get; init; }
    /// <summary>Post pairs kept per edge (the total is always counted).</summary>
    public int EvidencePerEdge { get; init; }
}
