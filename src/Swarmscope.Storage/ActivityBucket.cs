namespace Swarmscope.Storage;

/// <summary>How many posts a cluster's members made in one bucket of time starting at <see cref="StartMs"/> (Unix milliseconds, UTC).</summary>
public readonly record struct ActivityBucket(int ClusterId, long StartMs, long Posts);
