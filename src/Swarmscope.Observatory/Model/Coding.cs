namespace Swarmscope.Observatory.Model;

/// <summary>
/// One coder's coding of one media item, kept apart from every other coder's. <see cref="Values"/> maps a codebook
/// field key to its values (one for single-valued fields, any number for sets such as frames).
/// </summary>
public sealed class Coding : IVersioned
{
    public int Id { get; set; }
    public int ObservatoryId { get; set; }
    public int MediaItemId { get; set; }
    public string CoderId { get; set; } = "";
    public string CoderName { get; set; } = "";
    public int CodebookVersionId { get; set; }
    public ReviewState State { get; set; }
    public Dictionary<string, List<string>> Values { get; set; } = [];
    /// <summary>The editor's last comment when the coding was returned.</summary>
    public string? ReviewComment { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    public string? Single(string field) => Values.TryGetValue(field, out var v) && v.Count > 0 ? v[0] : null;

    public IReadOnlyList<string> Many(string field) => Values.TryGetValue(field, out var v) ? v : [];

    public bool IsSubmittedOrLater => State is ReviewState.Submitted or ReviewState.Approved or ReviewState.Published;
}
