namespace Swarmscope.Core.Findings;

/// <summary>A platform and how many of a cluster's posts were on it.</summary>
public readonly record struct PlatformCount(Platform Platform, int Posts);
