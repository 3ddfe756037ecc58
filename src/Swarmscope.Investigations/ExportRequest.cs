namespace Swarmscope.Investigations;

/// <summary>Write the files of a stored detection run into a folder: the same files `swarmscope detect --out` wrote for it.</summary>
public sealed record ExportRequest
{
    public required string Database { get; init; }
    public required string OutFolder { get; init; }
    /// <summary>The detection run (see <see cref="ListRuns"/>); null: the latest.</summary>
    public long? RunId { get; init; }
    /// <summary>At most this many post pairs per edge in evidence.jsonl; null: all the run stored.</summary>
    public int? EvidencePerEdge { get; init; }
    /// <summary>Only these clusters, whole (members, the edges inside them, their evidence); null: all.</summary>
    public IReadOnlyList<int>? Clusters { get; init; }
}
