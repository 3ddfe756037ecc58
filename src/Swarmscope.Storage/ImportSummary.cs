namespace Swarmscope.Storage;

/// <summary>
/// What one file's import did. "Merged" records were already in the store (same platform and id) or repeated
/// within the file; they add no rows. Records = posts + accounts.
/// </summary>
public sealed record ImportSummary
{
    public required string Path { get; init; }
    public required string Format { get; init; }
    public long PostsRead { get; init; }
    public long PostsImported { get; init; }
    public long PostsMerged { get; init; }
    public long AccountsRead { get; init; }
    public long AccountsImported { get; init; }
    public long AccountsMerged { get; init; }
    public long Rejected { get; init; }
    public double Seconds { get; init; }

    /// <summary>Of <see cref="Seconds"/>, the time spent at commit finding and deleting repeated posts.</summary>
    public double PostsMergeSeconds { get; init; }
    /// <summary>True when an identical file (same SHA-256) had been imported before, so nothing was read.</summary>
    public bool AlreadyImported { get; init; }

    public long Read => PostsRead + AccountsRead + Rejected;
    public long Imported => PostsImported + AccountsImported;
    public long Merged => PostsMerged + AccountsMerged;
}
