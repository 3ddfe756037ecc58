namespace Swarmscope.Reports.Html;

/// <summary>One coordinated cluster as its card shows it.</summary>
public sealed class ReportCluster
{
    /// <summary>The cluster's id in the store (stable within a run).</summary>
    public required string Id { get; init; }
    /// <summary>Account indices (into the report's accounts), strongest first.</summary>
    public required IReadOnlyList<int> Members { get; init; }
    public int InternalEdges { get; init; }
    public double Density { get; init; }
    /// <summary>Σ over internal edges of −log10 q (each capped at 300): how much the evidence weighs, used for ranking.</summary>
    public double EvidenceStrength { get; init; }
    public double MinQValue { get; init; } = 1;
    public IReadOnlyList<ReportIndicator> Indicators { get; init; } = [];
    public double? FarmLikelihood { get; init; }
    public string? FarmReasons { get; init; }
    public IReadOnlyList<ReportEvidencePair> Evidence { get; init; } = [];
    /// <summary>All evidence pairs behind the cluster's internal edges (Evidence shows some).</summary>
    public long EvidenceTotal { get; init; }
    public DateTimeOffset? FirstPost { get; init; }
    public DateTimeOffset? LastPost { get; init; }
    public long Posts { get; init; }
    /// <summary>Members' posts per local day in the report's zone, days without posts left out.</summary>
    public IReadOnlyList<(DateOnly Day, int Posts)> Timeline { get; init; } = [];
    /// <summary>Members' posts per [weekday (0 = Monday), local hour].</summary>
    public int[,] WeekdayHour { get; init; } = new int[7, 24];
    /// <summary>Objects acted on by the most members (behaviour, object, members).</summary>
    public IReadOnlyList<(string Behaviour, string Object, int Members)> TopObjects { get; init; } = [];
    /// <summary>Texts posted by the most members (templates).</summary>
    public IReadOnlyList<(string Text, int Members)> Templates { get; init; } = [];
    /// <summary>Accounts the cluster replied to or mentioned most (label, members).</summary>
    public IReadOnlyList<(string Target, int Members)> Targets { get; init; } = [];
    /// <summary>Stance of the members' posts over time, where a narrative analysis stored it.</summary>
    public IReadOnlyList<ReportStancePoint> Stance { get; init; } = [];
    /// <summary>Active and dormant stretches, where an activity analysis stored them.</summary>
    public IReadOnlyList<ReportPeriod> Periods { get; init; } = [];
}
