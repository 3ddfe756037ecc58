namespace Swarmscope.Narratives;

/// <summary>One post about one target, with its stance and the lexicon phrases that decided it (the evidence).</summary>
public readonly record struct TargetMention(int Post, int Target, TargetKind Kind, Stance Stance, int Score, string? Phrases);
