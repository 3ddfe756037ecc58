namespace Swarmscope.Reports.Html;

/// <summary>
/// Everything one HTML report shows, already decided: which clusters, in which order, which posts as evidence. The
/// writer only formats it. Accounts are the nodes of the network (indices everywhere refer to <see cref="Accounts"/>),
/// posts are the ones some evidence shows (indices refer to <see cref="Posts"/>).
/// </summary>
public sealed class InvestigationReport
{
    public required string Title { get; init; }
    public required DateTimeOffset GeneratedAt { get; init; }
    public required string SoftwareVersion { get; init; }
    /// <summary>The zone of heat maps, timelines and shown times of day.</summary>
    public required TimeZoneInfo TimeZone { get; init; }
    public required ReportDataOverview Data { get; init; }
    public IReadOnlyList<ReportRun> Runs { get; init; } = [];
    /// <summary>Ranked by strength of evidence, strongest first.</summary>
    public IReadOnlyList<ReportCluster> Clusters { get; init; } = [];
    /// <summary>Weaker clusters left out of the report (beyond its budget); 0 when all are shown.</summary>
    public int ClustersOmitted { get; init; }
    public IReadOnlyList<ReportAccount> Accounts { get; init; } = [];
    public IReadOnlyList<ReportPost> Posts { get; init; } = [];
    public IReadOnlyList<ReportEdge> Edges { get; init; } = [];
    /// <summary>Network edges left out of the embedded network (the weakest, beyond the budget); 0 when all are shown.</summary>
    public int EdgesOmitted { get; init; }
    /// <summary>Per behaviour: actions analysed, pairs tested, pairs kept (for the methods section).</summary>
    public IReadOnlyList<ReportLayer> Layers { get; init; } = [];
    /// <summary>The detection run's significance settings, for the methods section (null when unknown).</summary>
    public ReportSignificance? Significance { get; init; }
    /// <summary>Narrative sections (frames, templates, flips, swarms) where the store has them.</summary>
    public IReadOnlyList<ReportSection> Narratives { get; init; } = [];
    /// <summary>True when handles of accounts outside every finding were replaced by pseudonyms.</summary>
    public bool Pseudonymized { get; init; }
    /// <summary>Things the reader should know about what is left out (caps, missing analyses), in plain words.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
