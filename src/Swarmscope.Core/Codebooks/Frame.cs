namespace Swarmscope.Core.Codebooks;

/// <summary>
/// A narrative frame of the codebook's parent/child tree. <see cref="Phrases"/> (language → key phrases) drive
/// narrative matching and guide coders. Ids are unique across the whole tree.
/// </summary>
public sealed class Frame
{
    public required string Id { get; init; }
    /// <summary>The default label (the first of <see cref="Labels"/> when the file gives one per language).</summary>
    public required string Label { get; init; }
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();
    public string? Description { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyList<FrameExample> Examples { get; init; } = [];
    public List<Frame> Children { get; } = [];
    public Frame? Parent { get; internal set; }
    /// <summary>Line in the codebook file where the frame starts.</summary>
    public int Line { get; init; }

    /// <summary>The top-level frame this one belongs to (itself when it has no parent).</summary>
    public Frame Root => Parent is null ? this : Parent.Root;

    public IEnumerable<Frame> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);
}
