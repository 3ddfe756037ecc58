namespace Swarmscope.Narratives;

/// <summary>Settings of a whole narratives run (<see cref="NarrativeAnalyzer"/>).</summary>
public sealed record NarrativeOptions
{
    public TemplateOptions Templates { get; init; } = new();
    public ActivityOptions Activity { get; init; } = new();
    /// <summary>Stance is aggregated per cluster, target and calendar period of this many days (30 = months, 7 = weeks).</summary>
    public StancePeriod Period { get; init; } = StancePeriod.Month;
    /// <summary>A cluster's stance in a period needs this many praising or attacking posts to count toward a flip.</summary>
    public int MinStancePosts { get; init; } = 5;
    /// <summary>Attack swarms: hostile posts toward one target no more than this far apart belong to one episode.</summary>
    public long SwarmGapMs { get; init; } = 30 * 60_000;
    /// <summary>Attack swarms: at least this many distinct accounts.</summary>
    public int SwarmMinAccounts { get; init; } = 5;
    /// <summary>Attack swarms: family-wise significance level against the target's own rate of hostile posts.</summary>
    public double SwarmAlpha { get; init; } = 0.01;
    /// <summary>Evidence posts kept per finding.</summary>
    public int EvidencePosts { get; init; } = 10;
    public int? MaxDegreeOfParallelism { get; init; }
}

/// <summary>Calendar period over which a group's stance is measured.</summary>
public enum StancePeriod
{
    Week,
    Month,
}
