namespace Swarmscope.Storage;

/// <summary>Counts over an investigation: totals, posts per platform, per kind and per month (yyyy-MM, UTC).</summary>
public sealed record StoreStats(
    long Posts,
    long Accounts,
    long Imports,
    IReadOnlyDictionary<string, long> Platforms,
    IReadOnlyDictionary<string, long> Kinds,
    IReadOnlyDictionary<string, long> Months,
    DateTimeOffset? FirstPost,
    DateTimeOffset? LastPost);
