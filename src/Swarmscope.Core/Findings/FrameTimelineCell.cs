namespace Swarmscope.Core.Findings;

/// <summary>Posts and accounts of one frame in one ISO week (its Monday), on one platform, in one cluster (−1 = none).</summary>
public sealed record FrameTimelineCell(string FrameId, DateOnly Week, Platform Platform, int ClusterId, int Posts, int Accounts);
