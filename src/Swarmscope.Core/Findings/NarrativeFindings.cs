namespace Swarmscope.Core.Findings;

/// <summary>
/// What a narratives run found, as the store keeps it: every item names its evidence by post (platform, id), never
/// by position in some corpus. Read back from the store, <see cref="Texts"/> holds the original text of every post
/// the findings show (representatives, examples, flip, swarm, activity and frame evidence), joined from the posts
/// table; template members beyond their examples are not in it.
/// </summary>
public sealed record NarrativeFindings
{
    public required NarrativeSettings Settings { get; init; }
    /// <summary>Largest first.</summary>
    public required IReadOnlyList<NarrativeTemplate> Templates { get; init; }
    /// <summary>Per subject (clusters by id, then templates by id), in time order.</summary>
    public required IReadOnlyList<ActivityPeriodFinding> Activity { get; init; }
    /// <summary>Targets with at least one post, most posts first.</summary>
    public required IReadOnlyList<TargetFinding> Targets { get; init; }
    /// <summary>Praising and attacking posts per target (the evidence of stance), in post order.</summary>
    public IReadOnlyList<TargetStancePost> StancePosts { get; init; } = [];
    public required IReadOnlyList<GroupStanceFinding> Stances { get; init; }
    public required IReadOnlyList<StanceFlipFinding> Flips { get; init; }
    /// <summary>Most accounts first.</summary>
    public required IReadOnlyList<AttackSwarmFinding> Swarms { get; init; }
    public IReadOnlyList<NarrativeFrame> Frames { get; init; } = [];
    public IReadOnlyList<FramePost> FramePosts { get; init; } = [];
    /// <summary>Posts and accounts per frame, ISO week, platform and cluster.</summary>
    public IReadOnlyList<FrameTimelineCell> FrameTimeline { get; init; } = [];
    /// <summary>Original texts of the posts the findings show; empty before they are stored.</summary>
    public IReadOnlyDictionary<PostReference, string?> Texts { get; init; } = new Dictionary<PostReference, string?>();

    public string? TextOf(PostReference post) => Texts.GetValueOrDefault(post);
}
