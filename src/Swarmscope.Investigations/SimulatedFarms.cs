namespace Swarmscope.Investigations;

/// <summary>
/// Farms to plant, tactic by tactic (issue 17): a pool of prepared texts and how it is varied, the share of accounts
/// active on a working day, a daily burst in office hours of a time zone, exclusive or shared objects, switching off
/// and on. Defaults are those of `swarmscope simulate`.
/// </summary>
public sealed record SimulatedFarms
{
    public int Count { get; init; } = 1;
    public int Size { get; init; } = 20;
    public int PoolSize { get; init; } = 5;
    /// <summary>Any of "words", "names", "script" (<see cref="SimulationChoices.Variations"/>); empty = exact copies.</summary>
    public IReadOnlyList<string> Variation { get; init; } = ["words", "names", "script"];
    public double DailyParticipation { get; init; } = 0.8;
    public int PostsPerActiveDay { get; init; } = 1;
    public TimeSpan Burst { get; init; } = TimeSpan.FromHours(1);
    public TimeSpan Jitter { get; init; } = TimeSpan.Zero;
    public int OfficeStartHour { get; init; } = 9;
    public int OfficeEndHour { get; init; } = 18;
    public string TimeZone { get; init; } = "Asia/Almaty";
    public bool WeekdaysOnly { get; init; } = true;
    /// <summary>Comments under the day's official news post (shared with organic commenters) instead of standalone posts.</summary>
    public bool SharedObjects { get; init; }
    public int DaysOn { get; init; } = 7;
    public int DaysOff { get; init; }
    public int FillerPosts { get; init; } = 10;
    public int OrganicCopiers { get; init; }
}
