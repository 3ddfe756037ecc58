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
        Assert.True(bot["gap_cv"].PValue < 1e-10);
        // A Poisson poster is the null hypothesis: not significant, no reason.
        Assert.True(human["gap_cv"].PValue > SignalCatalog.Significance, $"p {human["gap_cv"].PValue}");
        Assert.Null(human["gap_cv"].Reason);
    }

    [Fact]
    public void RegularityTestHoldsItsLevelOnPoissonPosters()
    {
        // 400 random (Poisson) posters with 12 to 60 posts: at most a few percent may come out significant at 1%.
        var posts = new List<Post>();
        var rng = new Random(7);
        for (var a = 0; a < 400; a++)
        {
            var t = Build.Epoch;
            var n = 12 + rng.Next(49);
            for (var i = 0; i < n; i++)
            {
                t = t.AddSeconds(60 - Math.Log(1 - rng.NextDouble()) * 5000);
                posts.Add(Build.Post($"p{a}", t));
            }
        }
        var table = Build.Extract([], posts);
        var flagged = table.Accounts.Count(x => x["gap_cv"].PValue < SignalCatalog.Significance);
        Assert.True(flagged <= 8, $"{flagged} of 400 flagged at the 1% level");
    }

    [Fact]
    public void TenClockworkPostsAreEnough()
    {
        var posts = new List<Post>();
        for (var i = 0; i < 10; i++) posts.Add(Build.Post("bot", Build.Epoch.AddSeconds(900 * i + (i % 2) * 20)));
        var table = Build.Extract([], posts);
        Assert.True(table.Find(Platform.Twitter, "bot")!["gap_cv"].PValue < SignalCatalog.Significance);
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
        // Six ordinary accounts posting in the evening and at the weekend are the baseline the test compares with.
        foreach (var who in new[] { "evening", "e1", "e2", "e3", "e4", "e5" })
        for (var d = 0; d < 28; d++)
        for (var h = 19; h < 24; h++)
            posts.Add(Build.Post(who, new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(new DateTime(2022, 1, 3).AddDays(d).AddHours(h).AddMinutes(31 + who.Length), Almaty), TimeSpan.Zero)));
        var table = Build.Extract([], posts, new SignalOptions { TimeZone = Almaty });
        Assert.Equal(1, table.Find(Platform.Twitter, "office")!["office_hours_share"].Value);
        Assert.Equal(0, table.Find(Platform.Twitter, "evening")!["office_hours_share"].Value);
        Assert.Contains("Asia/Almaty", table.Find(Platform.Twitter, "office")!["office_hours_share"].Reason);
        Assert.True(table.Find(Platform.Twitter, "office")!["office_hours_share"].PValue < 1e-10);
        Assert.Null(table.Find(Platform.Twitter, "evening")!["office_hours_share"].Reason);
        // The same posts read in UTC are not office hours (shifted by 5-6 hours).
        var utc = Build.Extract([], posts);
        Assert.True(utc.Find(Platform.Twitter, "office")!["office_hours_share"].Value < 0.7);
    }

    [Fact]
    public void SleeplessAccountHasNoQuietHours()
    {
        var posts = new List<Post>();
        for (var i = 0; i < 24 * 14; i++) posts.Add(Build.Post("sleepless", Build.Epoch.AddMinutes(60 * i + 7)));
        foreach (var who in new[] { "sleeper", "s1", "s2", "s3", "s4", "s5" })
        for (var d = 0; d < 14; d++)
        for (var h = 8; h < 23; h++)
            posts.Add(Build.Post(who, Build.Epoch.AddDays(d).AddHours(h).AddMinutes(20 + who.Length)));
        var table = Build.Extract([], posts);
        Assert.Equal(0, table.Find(Platform.Twitter, "sleepless")!["longest_quiet_hours"].Value);
        Assert.Equal(9, table.Find(Platform.Twitter, "sleeper")!["longest_quiet_hours"].Value);
        Assert.Contains("sleepless", table.Find(Platform.Twitter, "sleepless")!["longest_quiet_hours"].Reason);
        Assert.True(table.Find(Platform.Twitter, "sleepless")!["longest_quiet_hours"].PValue < 1e-10);
        Assert.Null(table.Find(Platform.Twitter, "sleeper")!["longest_quiet_hours"].Reason);
    }

    [Fact]
    public void SwitchedOffAndOnAgain()
    {
        var posts = new List<Post>();
        for (var burst = 0; burst < 3; burst++)
        for (var i = 0; i < 20; i++)
            posts.Add(Build.Post("farm", Build.Epoch.AddDays(burst * 90).AddMinutes(i * 5)));
        var rng = new Random(2);
        foreach (var who in new[] { "steady", "s1", "s2", "s3", "s4", "s5", "s6" })
        {
            var t = Build.Epoch;
            for (var i = 0; i < 60; i++) posts.Add(Build.Post(who, t = t.AddHours(1 - Math.Log(1 - rng.NextDouble()) * 60)));
        }
        // Posts every 45 days: each gap is a "silence", which is its ordinary pace, not a restart.
        for (var i = 0; i < 12; i++) posts.Add(Build.Post("sparse", Build.Epoch.AddDays(i * 45)));
        var table = Build.Extract([], posts);
        var farm = table.Find(Platform.Twitter, "farm")!["dormant_restarts"];
        Assert.Equal(2, farm.Value);
        Assert.True(farm.PValue < SignalCatalog.Significance, $"p {farm.PValue}");
        Assert.Contains("usually posts every", farm.Reason);
        Assert.Equal(0, table.Find(Platform.Twitter, "steady")!["dormant_restarts"].Value);
        var sparse = table.Find(Platform.Twitter, "sparse")!["dormant_restarts"];
        Assert.Equal(11, sparse.Value);
        Assert.True(sparse.PValue >= SignalCatalog.Significance, $"p {sparse.PValue}");
        Assert.Null(sparse.Reason);
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
