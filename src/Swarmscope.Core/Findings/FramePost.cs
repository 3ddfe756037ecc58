namespace Swarmscope.Core.Findings;

/// <summary>
/// A post assigned to a frame: its score (distinct key phrases of the frame and its descendants it contains) and those
/// phrases as written in the codebook (the evidence), with its author, time and the author's cluster (−1 = none).
/// </summary>
public sealed record FramePost(PostReference Post, string FrameId, int Score, string Phrases, string AccountId, string? Handle,
    DateTimeOffset Time, int ClusterId)
{
    public string AccountLabel => Handle ?? AccountId;
}
