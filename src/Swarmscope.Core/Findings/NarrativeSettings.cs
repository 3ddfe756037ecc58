namespace Swarmscope.Core.Findings;

/// <summary>
/// What a narratives run used, stored as `runs.settings` (JSON): where clusters came from, which codebook, watchlist
/// and lexicon (file name and SHA-256, so a finding can be traced to the exact file), and the thresholds.
/// </summary>
public sealed record NarrativeSettings
{
    /// <summary>"month" or "week": the period of group stance and flips.</summary>
    public required string Period { get; init; }
    public required int MinTemplatePosts { get; init; }
    /// <summary>"run" (a stored detection run: the run's source_run_id), "file" (a clusters.csv) or "none".</summary>
    public required string Clusters { get; init; }
    public long? DetectionRunId { get; init; }
    public string? ClustersFile { get; init; }
    public string? CodebookId { get; init; }
    public int? CodebookVersion { get; init; }
    public StoredFile? Codebook { get; init; }
    public StoredFile? Watchlist { get; init; }
    public int WatchlistTargets { get; init; }
    public StoredFile? Lexicon { get; init; }
    /// <summary>Phrases of the stance lexicon in use (shipped + the user's).</summary>
    public int LexiconEntries { get; init; }
    public int MinStancePosts { get; init; }
    public double SwarmGapMinutes { get; init; }
    public int SwarmMinAccounts { get; init; }
    public double SwarmAlpha { get; init; }
    public double DormantShare { get; init; }
    public int MinDormantDays { get; init; }
}

/// <summary>A file a run read: its name (no folders: stores travel) and the SHA-256 of its bytes.</summary>
public sealed record StoredFile(string Name, string Sha256);
