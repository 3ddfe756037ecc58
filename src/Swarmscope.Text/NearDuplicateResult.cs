namespace Swarmscope.Text;

/// <summary>What <see cref="NearDuplicateGrouper.Group"/> found.</summary>
public sealed class NearDuplicateResult
{
    /// <summary>Per input post, its template group (0..GroupCount−1), or −1 when it has no near-duplicate (or was excluded).</summary>
    public required int[] GroupOfPost { get; init; }

    /// <summary>Number of template groups (each has at least two posts).</summary>
    public required int GroupCount { get; init; }

    /// <summary>Accepted pairs (exact Jaccard ≥ threshold, within the window), sorted by A then B.</summary>
    public required NearDuplicatePair[] Pairs { get; init; }

    /// <summary>Posts left out because they are empty or shorter than <see cref="NearDuplicateOptions.MinTokens"/>.</summary>
    public required int ExcludedPosts { get; init; }

    /// <summary>Distinct candidate pairs from LSH whose Jaccard was computed (for tuning; the work done).</summary>
    public required long CandidatePairs { get; init; }
}
