using Swarmscope.Core;

namespace Swarmscope.Signals.Tests;

public class RhythmSignalTests
{
    private static readonly TimeZoneInfo Almaty = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");

    [Fact]
    public void ClockworkPostingIsRegularAndIrregularPostingIsNot()
    {
        var posts = new List<Post>();
        var rng = new Random(1);
        var t = Build.Epoch;
        for (var i = 0; i < 200; i++) posts.Add(Build.Post("bot", Build.Epoch.AddSeconds(600 * i)));
        for (var i = 0; i < 200; i++)
        {
            t = t.AddSeconds(-Math.Log(1 - rng.NextDouble()) * 3000); // Poisson process: CV ≈ 1
            posts.Add(Build.Post("human", t));
        }
        var table = Build.Extract([], posts);
        var bot = table.Find(Platform.Twitter, "bot")!;
        var human = table.Find(Platform.Twitter, "human")!;
        Assert.Equal(0, bot["gap_cv"].Value!.Value, 9);
        Assert.Equal(0, bot["gap_entropy"].Value!.Value, 9);
        Assert.InRange(human["gap_cv"].Value!.Value, 0.7, 1.3);
        Assert.True(human["gap_entropy"].Value > 2);
        Assert.Contains("regular intervals", bot["gap_cv"].Reason);
    }

    [Fact]
    public void OfficeHoursInAlmatyVersusEvenings()
    {
        var posts = new List<Post>();
        // Almaty is UTC+5 (since 2024; UTC+6 before). Use the zone itself to place local times.
        for (var d = 0; d < 28; d++)
        {
            var localDay = new DateTime(2022, 1, 3).AddDays(d);
            if (localDay.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            for (var h = 9; h < 18; h++)
                posts.Add(Build.Post("office", new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(localDay.AddHours(h).AddMinutes(13), Almaty), TimeSpan.Zero)));
        }
        for (var d = 0; d < 28; d++)
        for (var h = 19; h < 24; h++)
            posts.Add(Build.Post("evening", new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(new DateTime(2022, 1, 3).AddDays(d).AddHours(h).AddMinutes(31), Almaty), TimeSpan.Zero)));
        var table = Build.Extract([], posts, new SignalOptions { TimeZone = Almaty });
        Assert.Equal(1, table.Find(Platform.Twitter, "office")!["office_hours_share"].Value);
        Assert.Equal(0, table.Find(Platform.Twitter, "evening")!["office_hours_share"].Value);
        Assert.Contains("Asia/Almaty", table.Find(Platform.Twitter, "office")!["office_hours_share"].Reason);
        // The same posts read in UTC are not office hours (shifted by 5-6 hours).
        var utc = Build.Extract([], posts);
        Assert.True(utc.Find(Platform.Twitter, "office")!["office_hours_share"].Value < 0.7);
    }

    [Fact]
    public void SleeplessAccountHasNoQuietHours()
    {
        var posts = new List<Post>();
        for (var i = 0; i < 24 * 14; i++) posts.Add(Build.Post("sleepless", Build.Epoch.AddMinutes(60 * i + 7)));
        for (var d = 0; d < 14; d++)
        for (var h = 8; h < 23; h++)
            posts.Add(Build.Post("sleeper", Build.Epoch.AddDays(d).AddHours(h).AddMinutes(20)));
        var table = Build.Extract([], posts);
        Assert.Equal(0, table.Find(Platform.Twitter, "sleepless")!["longest_quiet_hours"].Value);
        Assert.Equal(9, table.Find(Platform.Twitter, "sleeper")!["longest_quiet_hours"].Value);
        Assert.Contains("sleepless", table.Find(Platform.Twitter, "sleepless")!["longest_quiet_hours"].Reason);
    }

    [Fact]
    public void SwitchedOffAndOnAgain()
    {
        var posts = new List<Post>();
        for (var burst = 0; burst < 3; burst++)
        for (var i = 0; i < 20; i++)
            posts.Add(Build.Post("farm", Build.Epoch.AddDays(burst * 90).AddMinutes(i * 5)));
        for (var i = 0; i < 60; i++) posts.Add(Build.Post("steady", Build.Epoch.AddDays(i * 3)));
        var table = Build.Extract([], posts);
        Assert.Equal(2, table.Find(Platform.Twitter, "farm")!["dormant_restarts"].Value);
        Assert.Equal(0, table.Find(Platform.Twitter, "steady")!["dormant_restarts"].Value);
    }

    [Fact]
    public void TooFewPostsLeaveRhythmUnknownAndOrderDoesNotMatter()
    {
        var posts = new List<Post>();
        for (var i = 0; i < 5; i++) posts.Add(Build.Post("few", Build.Epoch.AddHours(i)));
        for (var i = 30; i >= 0; i--) posts.Add(Build.Post("reversed", Build.Epoch.AddSeconds(600 * i)));
        var table = Build.Extract([], posts);
        Assert.Null(table.Find(Platform.Twitter, "few")!["gap_cv"].Value);
        Assert.Equal(0, table.Find(Platform.Twitter, "reversed")!["gap_cv"].Value!.Value, 9);
    }

    [Fact]
    public void DayPrecisionTimesGiveNoHourOfDay()
    {
        var posts = new List<Post>();
        for (var i = 0; i < 20; i++)
            posts.Add(new Post { Platform = Platform.Twitter, Id = $"p{i}", AccountId = "d", Time = Timestamp.FromUtc(Build.Epoch.AddDays(i), TimePrecision.Day) });
        var table = Build.Extract([], posts);
        Assert.Null(table.Accounts[0]["office_hours_share"].Value);
        Assert.Null(table.Accounts[0]["longest_quiet_hours"].Value);
    }
}
