namespace Swarmscope.Narratives;

/// <summary>
/// A post assigned to a frame: <see cref="Score"/> is the number of distinct key phrases of the frame and its
/// descendants found in the post; <see cref="Phrases"/> are those phrases as written in the codebook (the evidence).
/// </summary>
public readonly record struct FrameAssignment(int Post, int Frame, int Score, string Phrases);
