namespace Swarmscope.Narratives;

/// <summary>
/// A narrative frame as frame matching needs it: id, parent, label and key phrases by language. Read from a codebook
/// (docs/codebook.md) by <see cref="CodebookFrames"/>.
/// </summary>
public sealed record FrameDefinition(string Id, string? ParentId, string Label, IReadOnlyList<(string Language, string Phrase)> Phrases);
