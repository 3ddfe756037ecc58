namespace Swarmscope.Investigations;

/// <summary>What a recorded narratives run found, in counts, with the largest templates; the store (and the files) hold the rest.</summary>
public sealed record NarrativesResult(
    long RunId, string? OutFolder, int Posts, int Accounts, string Clusters, long? DetectionRunId, int ClusteredAccounts, int Templates,
    int DormantPeriods, int Reactivations, int Targets, int Flips, int Swarms, int FrameAssignments, string? Codebook,
    IReadOnlyList<TemplateOverview> TopTemplates, double Seconds);

/// <summary>One template as the summary shows it; <see cref="Text"/> is made of a member's own words.</summary>
public sealed record TemplateOverview(int Id, int Posts, int Accounts, IReadOnlyList<int> Clusters, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, string Text);
