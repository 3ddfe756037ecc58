namespace Swarmscope.Investigations;

/// <summary>What a narratives run found, in counts, with the largest templates; the files hold the rest.</summary>
public sealed record NarrativesResult(
    string? OutFolder, int Posts, int Accounts, int ClusteredAccounts, int Templates, int DormantPeriods, int Reactivations,
    int Targets, int Flips, int Swarms, int FrameAssignments, string? Codebook, IReadOnlyList<TemplateOverview> TopTemplates, double Seconds);

/// <summary>One template as the summary shows it.</summary>
public sealed record TemplateOverview(int Id, int Posts, int Accounts, IReadOnlyList<int> Clusters, DateTimeOffset FirstSeen, DateTimeOffset LastSeen, string Text);
