using System.Globalization;
using Swarmscope.TestSupport;

namespace Swarmscope.Simulation.Tests;

/// <summary>Farms with configurable tactics (issue 17) and organic look-alikes: each tactic shows in the files.</summary>
public class FarmTacticsTests
{
    private const int AccountId = 2, TimeCol = 4, KindCol = 5, TextCol = 6, TargetPost = 8, TargetAccount = 9;
    private static readonly TimeZoneInfo Almaty = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");

    private static readonly SimulationOptions World = new()
    {
        Seed = 5, Accounts = 400, Posts = 8_000, GroupsPerKind = 0, Days = 28,
        Farms = new FarmTactics
        {
            Count = 2, Size = 10, PoolSize = 5, Variation = TextVariation.None, DailyParticipation = 0.5,
            Burst = TimeSpan.FromMinutes(30), Jitter = TimeSpan.FromHours(2), FillerPosts = 0,
        },
    };

    private sealed record Files(List<string[]> Posts, List<string[]> Accounts, List<string[]> Truth, List<string[]> LookAlikes, string PostsText, string AccountsText);

    private static Files Simulate(SimulationOptions options)
    {
        using var dir = new TempDirectory();
        new CoordinationSimulator(options).WriteTo(dir.Path);
        var posts = File.ReadAllText(dir.File("posts.csv"));
        var accounts = File.ReadAllText(dir.File("accounts.csv"));
        var look = File.Exists(dir.File("lookalikes.csv")) ? TestCsvReader.Read(File.ReadAllText(dir.File("lookalikes.csv"))) : [];
        return new Files(TestCsvReader.Read(posts), TestCsvReader.Read(accounts), TestCsvReader.Read(File.ReadAllText(dir.File("truth.csv"))), look, posts, accounts);
    }

    private static Dictionary<string, List<string[]>> FarmPosts(Files f) =>
        f.Truth.Skip(1).GroupBy(t => t[1]).ToDictionary(g => g.Key, g =>
        {
            var members = g.Select(t => t[0]).ToHashSet();
            return f.Posts.Skip(1).Where(r => members.Contains(r[AccountId])).ToList();
        });

    private static DateTime Local(string[] row) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.ParseExact(row[TimeCol], "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), Almaty);

    [Fact]
    public void FarmsPostTheirPoolInDailyOfficeHourBurstsOnWeekdays()
    {
        var f = Simulate(World);
        var farms = FarmPosts(f);
        Assert.Equal(["farm-1", "farm-2"], farms.Keys.Order());
        var texts = new List<HashSet<string>>();
        foreach (var (farm, posts) in farms)
        {
            Assert.Equal(10, f.Truth.Count(t => t[1] == farm));
            var distinct = posts.Select(r => r[TextCol]).ToHashSet();
            Assert.Equal(5, distinct.Count); // exact copies: the pool is all there is
            texts.Add(distinct);
            foreach (var day in posts.GroupBy(r => Local(r).Date))
            {
                Assert.DoesNotContain(day.Key.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday });
                var times = day.Select(Local).ToList();
                Assert.True(times.Min().Hour >= 9 && times.Max().Hour < 18, $"{farm} on {day.Key:d}: outside office hours");
                Assert.True(times.Max() - times.Min() <= TimeSpan.FromMinutes(30), $"{farm} on {day.Key:d}: posts spread over {times.Max() - times.Min()}");
            }
            // Jitter moves the burst from day to day.
            var starts = posts.GroupBy(r => Local(r).Date).Select(d => d.Min(Local).TimeOfDay.TotalMinutes).ToList();
            Assert.True(starts.Max() - starts.Min() > 30, $"{farm}: the burst never moves");
            // About half of the accounts post on a working day.
            var perDay = posts.GroupBy(r => Local(r).Date).Select(d => d.Select(r => r[AccountId]).Distinct().Count()).Average();
            Assert.InRange(perDay, 3.5, 6.5);
        }
        Assert.Empty(texts[0].Intersect(texts[1])); // each farm has its own pool
    }

    [Fact]
    public void VariationChangesTheTextsButNotThePool()
    {
        var f = Simulate(World with { Farms = World.Farms! with { Variation = TextVariation.WordSwaps | TextVariation.NameSlots | TextVariation.Script, PoolSize = 48, Count = 1, DailyParticipation = 1 } });
        var texts = FarmPosts(f)["farm-1"].Select(r => r[TextCol]).ToList();
        Assert.True(texts.Distinct().Count() > 48, "no variation beyond the pool");
        Assert.Contains(texts, t => t.AsSpan().IndexOfAny("ñğşūüı") >= 0);       // Kazakh in the Latin alphabet
        Assert.Contains(texts, t => t.AsSpan().IndexOfAny("ңғқұүі") >= 0);       // and in Cyrillic
        Assert.Contains(texts, t => t.StartsWith("We made", StringComparison.Ordinal) || t.StartsWith("I made", StringComparison.Ordinal));
    }

    [Fact]
    public void SwitchedOffFarmsAreSilentBetweenTheirOnPeriods()
    {
        var f = Simulate(World with { Farms = World.Farms! with { Count = 1, DaysOn = 3, DaysOff = 7, DailyParticipation = 1, WeekdaysOnly = false, Jitter = TimeSpan.Zero } });
        var days = FarmPosts(f)["farm-1"].Select(r => (Local(r).Date - new DateTime(2024, 3, 1)).Days).Distinct().Order().ToList();
        Assert.InRange(days.Count, 7, 9); // 28 days, 3 on in every 10
        // On days repeat every 10 days: three residues modulo 10, and no on-period longer than 3 days.
        Assert.Equal(3, days.Select(d => d % 10).Distinct().Count());
        for (var i = 3; i < days.Count; i++) Assert.True(days[i] - days[i - 3] > 3, $"more than 3 days on in a row around day {days[i]}");
    }

    [Fact]
    public void SharedObjectsAreCommentsUnderOfficialPostsThatOthersCommentOnToo()
    {
        var f = Simulate(World with { Farms = World.Farms! with { Count = 1, Objects = FarmObjects.Shared } });
        var posts = FarmPosts(f)["farm-1"];
        Assert.All(posts, r => Assert.Equal("reply", r[KindCol]));
        var farmIds = f.Truth.Skip(1).Select(t => t[0]).ToHashSet();
        var targets = posts.Select(r => r[TargetPost]).ToHashSet();
        var organicRepliesToTargets = f.Posts.Skip(1).Count(r => r[KindCol] == "reply" && targets.Contains(r[TargetPost]) && !farmIds.Contains(r[AccountId]));
        Assert.True(organicRepliesToTargets > 20, $"only {organicRepliesToTargets} organic comments under the farm's targets");
        Assert.All(posts, r => Assert.DoesNotContain(r[TargetAccount], farmIds));
    }

    [Fact]
    public void FarmsAndLookAlikesLeaveTheOrganicWorldAsItWas()
    {
        var plain = Simulate(World with { Farms = null });
        var busy = Simulate(World with { LookAlikes = OrganicLookAlikes.Standard with { FansPerBase = 30, Greeters = 20 } });
        // Organic posts come first and farm/look-alike posts after; farm and look-alike accounts come after the others.
        Assert.StartsWith(plain.PostsText, busy.PostsText, StringComparison.Ordinal);
        var organicAccounts = plain.Accounts.Count - 1;
        Assert.Equal(plain.Accounts.Skip(1).Select(r => r[1]), busy.Accounts.Skip(1).Take(organicAccounts).Select(r => r[1]));
    }

    [Fact]
    public void LookAlikesAreOrganicAndDoWhatTheirRoleSays()
    {
        var f = Simulate(World with { Farms = null, LookAlikes = OrganicLookAlikes.Standard with { FansPerBase = 30, Greeters = 20 } });
        Assert.Empty(f.Truth.Skip(1));
        var roles = f.LookAlikes.Skip(1).GroupBy(r => r[1].Split('-')[0]).ToDictionary(g => g.Key, g => g.Select(r => r[0]).ToHashSet());
        Assert.Equal(2, roles["star"].Count);
        Assert.InRange(roles["fan"].Count, 50, 60);
        Assert.Equal(8, roles["newsring"].Count);
        Assert.Equal(20, roles["greeter"].Count);
        var posts = f.Posts.Skip(1).ToList();
        // Fans repost the stars within minutes to hours.
        var fanReposts = posts.Where(r => roles["fan"].Contains(r[AccountId]) && r[KindCol] == "repost" && roles["star"].Contains(r[TargetAccount])).ToList();
        Assert.True(fanReposts.Count > 30 * 2 * 28 * 0.3, $"{fanReposts.Count} fan reposts");
        // News channels forward each other's posts, links included.
        var forwards = posts.Where(r => roles["newsring"].Contains(r[AccountId]) && r[KindCol] == "repost").ToList();
        Assert.All(forwards, r => Assert.Contains(r[TargetAccount], roles["newsring"]));
        Assert.True(forwards.Count > 8 * 6 * 28 * 7 * 0.25, $"{forwards.Count} forwards");
        // Greeters greet in the morning, local time.
        var greetings = posts.Where(r => roles["greeter"].Contains(r[AccountId]) && Local(r).Hour is >= 5 and < 11).ToList();
        Assert.True(greetings.Count > 20 * 28 * 0.45, $"{greetings.Count} morning greetings");
    }

    [Fact]
    public void BadTacticsAreRefusedNamingTheParameter()
    {
        var e = Assert.Throws<ArgumentException>(() => new CoordinationSimulator(World with { Farms = World.Farms! with { Burst = TimeSpan.FromHours(8), Jitter = TimeSpan.FromHours(2) } }).Write(TextWriter.Null, TextWriter.Null, TextWriter.Null));
        Assert.Contains("office hours", e.Message);
        e = Assert.Throws<ArgumentException>(() => new CoordinationSimulator(World with { Farms = World.Farms! with { TimeZone = "Mars/Olympus" } }).Write(TextWriter.Null, TextWriter.Null, TextWriter.Null));
        Assert.Contains("Mars/Olympus", e.Message);
        e = Assert.Throws<ArgumentException>(() => new CoordinationSimulator(World with { Farms = World.Farms! with { PoolSize = 49 } }).Write(TextWriter.Null, TextWriter.Null, TextWriter.Null));
        Assert.Contains("48", e.Message);
    }

    [Theory]
    [InlineData("Қазақстан", "Qazaqstan")]
    [InlineData("Мен жаңа Қазақстан үшін таңдау жасадым", "Men jaña Qazaqstan üşın tañdau jasadym")]
    [InlineData("Ұлы дала елі", "Ūly dala elı")]
    [InlineData("Иә, Шымкент", "İä, Şymkent")]
    public void KazakhIsWrittenInTheLatinAlphabet(string cyrillic, string latin) => Assert.Equal(latin, KazakhScript.ToLatin(cyrillic));

    [Fact]
    public void PoolsOfOneWorldAreDisjointWhileTheBankLasts()
    {
        var a = new FarmTextPool(20, TextVariation.None, new Random(1), first: 0);
        var b = new FarmTextPool(20, TextVariation.None, new Random(1), first: 20);
        Assert.Equal(20, a.Texts.Distinct().Count());
        Assert.Empty(a.Texts.Intersect(b.Texts));
        Assert.All(Enumerable.Range(0, 50).Select(_ => a.Post()), t => Assert.Contains(t, a.Texts));
    }
}
