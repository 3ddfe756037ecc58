namespace Swarmscope.Reports.Html;

/// <summary>What the investigation holds: counts, period, platforms and where the data came from.</summary>
public sealed class ReportDataOverview
{
    public required long Posts { get; init; }
    public required long Accounts { get; init; }
    public DateTimeOffset? FirstPost { get; init; }
    public DateTimeOffset? LastPost { get; init; }
    /// <summary>Posts per platform.</summary>
    public IReadOnlyList<(string Platform, long Posts)> Platforms { get; init; } = [];
    public IReadOnlyList<ReportImport> Imports { get; init; } = [];
}
