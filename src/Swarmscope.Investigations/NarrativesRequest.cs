namespace Swarmscope.Investigations;

/// <summary>A narratives run (docs/narratives.md): templates, activity periods, targets and stance, flips, swarms, frames.</summary>
public sealed record NarrativesRequest
{
    public required string Database { get; init; }
    public string? OutFolder { get; init; }
    /// <summary>clusters.csv of a detect run; null = no cluster-level results.</summary>
    public string? ClustersFile { get; init; }
    public string? CodebookFile { get; init; }
    public string? WatchlistFile { get; init; }
    public string? LexiconFile { get; init; }
    /// <summary>Group stance per calendar week instead of month.</summary>
    public bool Weekly { get; init; }
    public int MinTemplatePosts { get; init; } = 3;
}
