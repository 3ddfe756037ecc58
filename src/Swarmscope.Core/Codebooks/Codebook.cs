namespace Swarmscope.Core.Codebooks;

/// <summary>
/// A codebook: the fields coders fill in, the named lists they choose from, the narrative frame tree and the scale.
/// Read from the YAML format of docs/codebook.md with <see cref="CodebookParser"/>; the same file serves the
/// observatory workspace (coding) and narrative matching (frames and their phrases).
/// </summary>
public sealed class Codebook
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public int Version { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<CodebookField> Fields { get; init; } = [];
    public IReadOnlyDictionary<string, IReadOnlyList<CodebookEntry>> Lists { get; init; } = new Dictionary<string, IReadOnlyList<CodebookEntry>>();
    public IReadOnlyList<Frame> Frames { get; init; } = [];
    public IReadOnlyList<ScaleLevel> Scale { get; init; } = DefaultScale;

    /// <summary>−3 to +3 as the Civic Media Observatory scores civic impact.</summary>
    public static readonly IReadOnlyList<ScaleLevel> DefaultScale =
    [
        new(-3, "Very harmful", null), new(-2, "Harmful", null), new(-1, "Somewhat harmful", null), new(0, "Neutral", null),
        new(1, "Somewhat constructive", null), new(2, "Constructive", null), new(3, "Very constructive", null),
    ];

    public IEnumerable<Frame> AllFrames() => Frames.SelectMany(f => f.SelfAndDescendants());

    public Frame? FindFrame(string id) => AllFrames().FirstOrDefault(f => f.Id == id);

    public CodebookField? FindField(string key) => Fields.FirstOrDefault(f => f.Key == key);

    public IReadOnlyList<CodebookEntry> List(string name) => Lists.TryGetValue(name, out var l) ? l : [];

    /// <summary>The label of a list entry (or the id itself when the list has no such entry).</summary>
    public string Label(string list, string id) => List(list).FirstOrDefault(e => e.Id == id)?.Label ?? id;
}
