using Swarmscope.Core.Codebooks;

namespace Swarmscope.Narratives;

/// <summary>Everything one narratives run found, each item pointing at its evidence posts by corpus index.</summary>
public sealed class NarrativeFindings
{
    public required NarrativeCorpus Corpus { get; init; }
    public required IReadOnlyList<Template> Templates { get; init; }
    public required IReadOnlyList<ActivityPeriod> Activity { get; init; }
    public required IReadOnlyList<NarrativeTarget> Targets { get; init; }
    public required IReadOnlyList<TargetMention> Mentions { get; init; }
    public required IReadOnlyList<GroupStance> Stances { get; init; }
    public required IReadOnlyList<StanceFlip> Flips { get; init; }
    public required IReadOnlyList<AttackSwarm> Swarms { get; init; }
    /// <summary>The codebook's frames, parents before children; <see cref="FrameAssignment.Frame"/> indexes this list.</summary>
    public required IReadOnlyList<Frame> Frames { get; init; }
    public required IReadOnlyList<FrameAssignment> FrameAssignments { get; init; }
    public required int LexiconEntries { get; init; }
}
