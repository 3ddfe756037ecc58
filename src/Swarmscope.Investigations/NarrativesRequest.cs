namespace Swarmscope.Investigations;

/// <summary>A narratives run (docs/narratives.md): templates, activity periods, targets and stance, flips, swarms, frames.</summary>
public sealed record NarrativesRequest
{
    public required string Database { get; init; }
    /// <summary>Folder for the CSV exports of the recorded run; null = record only.</summary>
    public string? OutFolder { get; init; }
    /// <summary>The stored detection run whose clusters to use; null = the latest one (none stored: no cluster-level results).</summary>
    public long? DetectionRunId { get; init; }
    /// <summary>clusters.csv of a detect run instead of a stored run.</summary>
    public string? ClustersFile { get; init; }
    /// <summary>No cluster-level results, even when a detection run is stored.</summary>
    public bool NoClusters { get; init; }
    public string? CodebookFile { get; init; }
    public string? WatchlistFile { get; init; }
    public string? LexiconFile { get; init; }
    /// <summary>Group stance per calendar week instead of month.</summary>
    public bool Weekly { get; init; }
    public int MinTemplatePosts { get; init; } = 3;
}
