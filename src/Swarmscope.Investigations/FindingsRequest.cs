namespace Swarmscope.Investigations;

/// <summary>Read a stored detection run's findings (and the latest score run that used it) for a front end or another analysis.</summary>
public sealed record FindingsRequest
{
    public required string Database { get; init; }
    /// <summary>The detection run (see <see cref="ListRuns"/>); null: the latest.</summary>
    public long? RunId { get; init; }
    /// <summary>Post pairs per edge joined with their posts' texts (0: none). Bounded: a run keeps up to 50 per edge.</summary>
    public int EvidencePerEdge { get; init; }
    /// <summary>Only these clusters, whole (members, the edges inside them, their evidence); null: all.</summary>
    public IReadOnlyList<int>? Clusters { get; init; }
}
