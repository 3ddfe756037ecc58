namespace Swarmscope.Core.Findings;

/// <summary>The figures a narratives run stores in `runs.summary` (JSON): what `swarmscope runs` shows.</summary>
public sealed record NarrativeSummary(
    int Templates, long TemplatePosts, int ClusteredAccounts, int ActivityPeriods, int DormantPeriods, int Reactivations,
    int Targets, int Flips, int Swarms, int FramePosts);
