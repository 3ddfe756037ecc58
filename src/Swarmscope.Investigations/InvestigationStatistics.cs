namespace Swarmscope.Investigations;

/// <summary>What a store holds: totals, time span (UTC), and posts per platform, kind and month ("yyyy-MM", in order).</summary>
public sealed record InvestigationStatistics(
    long Posts, long Accounts, long Imports, DateTimeOffset? FirstPost, DateTimeOffset? LastPost,
    IReadOnlyDictionary<string, long> Platforms, IReadOnlyDictionary<string, long> Kinds, IReadOnlyDictionary<string, long> Months);
