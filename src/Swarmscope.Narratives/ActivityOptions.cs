namespace Swarmscope.Narratives;

/// <summary>Settings of <see cref="ActivityAnalyzer"/>.</summary>
public sealed record ActivityOptions
{
    /// <summary>A cluster or template needs this many posts for its activity to be segmented.</summary>
    public int MinPosts { get; init; } = 20;
    /// <summary>A quiet stretch shorter than this is a pause, not a dormant period.</summary>
    public int MinDormantDays { get; init; } = 7;
    /// <summary>A segment is dormant when its rate is below this share of the subject's mean rate over its lifetime.</summary>
    public double DormantShare { get; init; } = 0.1;
    /// <summary>Change-point penalty; null = 2·φ·ln(days) (see <see cref="ChangePoints"/>).</summary>
    public double? Penalty { get; init; }
    /// <summary>Templates segmented (largest first).</summary>
    public int MaxTemplates { get; init; } = 50;
}
