namespace Swarmscope.Simulation;

/// <summary>
/// How a planted "farm" works (issue 17): operators run many accounts from a pool of prepared texts, in a daily burst
/// during office hours, with only part of the accounts active each day, and the farm is switched off and on. Each
/// tactic is a parameter so detection power can be measured against it (bench `power`, docs/detection.md).
/// Farm accounts come on top of <see cref="SimulationOptions.Accounts"/>, so the organic world of a seed stays the same
/// whatever the farms look like.
/// </summary>
public sealed record FarmTactics
{
    /// <summary>Number of farms (truth groups <c>farm-1</c>, <c>farm-2</c>, ...).</summary>
    public int Count { get; init; } = 1;
    /// <summary>Accounts per farm.</summary>
    public int Size { get; init; } = 20;
    /// <summary>Distinct prepared texts in a farm's pool (each farm has its own pool).</summary>
    public int PoolSize { get; init; } = 5;
    /// <summary>How a pool text is varied from post to post.</summary>
    public TextVariation Variation { get; init; } = TextVariation.WordSwaps | TextVariation.NameSlots | TextVariation.Script;
    /// <summary>Share of a farm's accounts that post on a working day (each account independently).</summary>
    public double DailyParticipation { get; init; } = 0.8;
    /// <summary>Posts per active account per working day.</summary>
    public int PostsPerActiveDay { get; init; } = 1;
    /// <summary>Length of the daily burst in which the day's posts fall (uniformly).</summary>
    public TimeSpan Burst { get; init; } = TimeSpan.FromHours(1);
    /// <summary>How far the burst's start moves from day to day (uniform in [0, jitter) after the farm's usual start).</summary>
    public TimeSpan Jitter { get; init; } = TimeSpan.Zero;
    /// <summary>Office hours (local time in <see cref="TimeZone"/>); every burst starts and ends inside them.</summary>
    public int OfficeStartHour { get; init; } = 9;
    public int OfficeEndHour { get; init; } = 18;
    /// <summary>IANA time zone of the operators' office.</summary>
    public string TimeZone { get; init; } = "Asia/Almaty";
    /// <summary>Work Monday to Friday only (the farm's weekend is the office's weekend).</summary>
    public bool WeekdaysOnly { get; init; } = true;
    /// <summary>What the farm's posts act on: their own standalone posts, or comments under the day's official news post that organic accounts comment on too.</summary>
    public FarmObjects Objects { get; init; } = FarmObjects.Exclusive;
    /// <summary>Switched on for this many days, then off for <see cref="DaysOff"/>, repeatedly (random phase per farm); 0 days off = always on.</summary>
    public int DaysOn { get; init; } = 7;
    public int DaysOff { get; init; }
    /// <summary>Posts of other kinds per farm account over the period (random sentences, reposts of popular posts), to blend in.</summary>
    public int FillerPosts { get; init; } = 10;
    /// <summary>Organic accounts that copy one to three of a farm's texts once each (real supporters sharing a slogan), per farm.</summary>
    public int OrganicCopiers { get; init; }

    /// <summary>Checks the values; the message names the parameter.</summary>
    public void Validate()
    {
        if (Count < 0) throw new ArgumentException("farm count must not be negative");
        if (Size < 2) throw new ArgumentException("a farm needs at least 2 accounts");
        if (PoolSize < 1) throw new ArgumentException("a farm's pool needs at least 1 text");
        if (PoolSize > FarmTextPool.MaxPoolSize) throw new ArgumentException($"a farm's pool can hold at most {FarmTextPool.MaxPoolSize} distinct texts");
        if (DailyParticipation is <= 0 or > 1) throw new ArgumentException("daily participation must be in (0, 1]");
        if (PostsPerActiveDay < 1) throw new ArgumentException("posts per active day must be at least 1");
        if (OfficeStartHour is < 0 or > 23 || OfficeEndHour is < 1 or > 24 || OfficeEndHour <= OfficeStartHour)
            throw new ArgumentException("office hours must be within 0-24 and end after they start");
        if (Burst <= TimeSpan.Zero) throw new ArgumentException("the burst must be longer than zero");
        if (Jitter < TimeSpan.Zero) throw new ArgumentException("jitter must not be negative");
        if (Burst + Jitter > TimeSpan.FromHours(OfficeEndHour - OfficeStartHour))
            throw new ArgumentException($"burst ({Burst}) plus jitter ({Jitter}) do not fit into office hours {OfficeStartHour:00}-{OfficeEndHour:00}");
        if (DaysOn < 1 || DaysOff < 0) throw new ArgumentException("days on must be at least 1 and days off not negative");
        if (FillerPosts < 0) throw new ArgumentException("filler posts must not be negative");
        if (OrganicCopiers < 0) throw new ArgumentException("organic copiers must not be negative");
        try { TimeZoneInfo.FindSystemTimeZoneById(TimeZone); }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ArgumentException($"unknown time zone '{TimeZone}' (use an IANA name such as Asia/Almaty)");
        }
    }
}
