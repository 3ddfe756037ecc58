namespace Swarmscope.Core.Findings;

/// <summary>The figures a detection run stores in `runs.summary` (JSON): what `swarmscope runs` shows, and the edge FDR used.</summary>
public sealed record DetectionSummary(int Edges, int Clusters, int FlaggedAccounts, double EdgeAlpha);
