namespace Swarmscope.Core.Findings;

/// <summary>A detected cluster and how many posts (or accounts) of a finding belong to it.</summary>
public readonly record struct ClusterCount(int ClusterId, int Count);
