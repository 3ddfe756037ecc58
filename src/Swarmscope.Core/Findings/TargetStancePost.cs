namespace Swarmscope.Core.Findings;

/// <summary>
/// A post that praises (+1) or attacks (−1) a target: how it points at it ("reply", "mention", "name", joined with
/// '+'), its lexicon score and the phrases that decided it. The evidence behind stance counts; neutral posts are
/// counted but not listed.
/// </summary>
public sealed record TargetStancePost(PostReference Post, int TargetId, string How, int Stance, int Score, string? Phrases);
