using Swarmscope.Core;
using Swarmscope.Ingest;
using Swarmscope.Ingest.Csv;
using Swarmscope.Simulation;
using Xunit.Abstractions;

namespace Swarmscope.Detection.Tests;

/// <summary>
/// Issue 17's bar at `detect`'s defaults, on simulated worlds with organic look-alikes (two fan bases, a news ring
/// forwarding each other, morning greeters): farms of 20 accounts posting from a pool of 10 prepared texts, 70% of
/// them on a working day, in a one-hour burst, are found (recall ≥ 0.9) while at most 1% of organic accounts are
/// flagged, and no fan or news channel is; with no farm at all, at most 1% of organic accounts are flagged. The
/// full grid (three seeds, farm size, pool, participation, jitter, burst, tactics) is `bench power`
/// (docs/detection.md, "Power against farms").
/// </summary>
public class FarmPowerTests(ITestOutputHelper output)
{
    private static SimulationOptions World(int seed, FarmTactics? farms) => new()
    {
        Seed = seed, Accounts = 1000, Posts = 20_000, Days = 28, GroupsPerKind = 0, Farms = farms,
        LookAlikes = OrganicLookAlikes.Standard with { FansPerBase = 100, Greeters = 100 },
    };

    private static readonly FarmTactics Farm = new()
    {
        Count = 2, Size = 20, PoolSize = 10, DailyParticipation = 0.7, Burst = TimeSpan.FromHours(1),
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void FarmsPostingFromTextPoolsAreFoundAndLookAlikesAreNot(int seed)
    {
        var (recall, organicFlagged, roles) = Run(World(seed, Farm));
        Assert.True(recall >= 0.9, $"recall {recall:0.00}");
        Assert.True(organicFlagged <= 0.01, $"{organicFlagged:P1} of organic accounts flagged");
        // Fans, stars and news channels are never flagged for what they are; a fan who also greets every morning may be,
        // as a greeter (roles "fan+greeter"): identical greetings at the same hour are the known false-positive pattern.
        Assert.DoesNotContain(roles.Keys, r => r is "fan" or "newsring" or "star");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void OrganicWorldsWithLookAlikesHaveFewFalsePositives(int seed)
    {
        var (_, organicFlagged, roles) = Run(World(seed, null));
        Assert.True(organicFlagged <= 0.01, $"{organicFlagged:P1} of organic accounts flagged");
        Assert.DoesNotContain(roles.Keys, r => r is "fan" or "newsring" or "star");
    }

    /// <summary>
    /// The world of issue 17 as its reporter built it: 500 organic accounts (with look-alikes: two fan bases, a news
    /// ring, morning greeters), one farm of 30 accounts posting every day from a pool of 5 texts, all within the same
    /// morning hour (09:00–10:00 Almaty), 80% of them on a given day, for four weeks. `detect` at defaults flagged
    /// nobody in it; now the farm is found and the look-alikes are not.
    /// </summary>
    private static SimulationOptions IssueWorld(int seed, bool farm) => new()
    {
        Seed = seed, Accounts = 500, Posts = 10_000, Days = 28, GroupsPerKind = 0,
        Farms = farm
            ? new FarmTactics
            {
                Count = 1, Size = 30, PoolSize = 5, DailyParticipation = 0.8, Burst = TimeSpan.FromHours(1),
                OfficeStartHour = 9, OfficeEndHour = 10, WeekdaysOnly = false,
            }
            : null,
        LookAlikes = OrganicLookAlikes.Standard with { FansPerBase = 50, Greeters = 50 },
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TheIssuesFarmOf30WithFiveTextsInOneMorningHourIsFlaggedAtDefaults(int seed)
    {
        var (recall, organicFlagged, roles) = Run(IssueWorld(seed, farm: true));
        Assert.True(recall >= 0.9, $"recall {recall:0.00}");
        Assert.True(organicFlagged <= 0.01, $"{organicFlagged:P1} of organic accounts flagged");
        Assert.DoesNotContain(roles.Keys, r => r is "fan" or "newsring" or "star");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TheIssuesOrganicWorldWithoutTheFarmHasFewFalsePositives(int seed)
    {
        var (_, organicFlagged, roles) = Run(IssueWorld(seed, farm: false));
        Assert.True(organicFlagged <= 0.01, $"{organicFlagged:P1} of organic accounts flagged");
        Assert.DoesNotContain(roles.Keys, r => r is "fan" or "newsring" or "star");
    }

    private (double Recall, double OrganicFlagged, Dictionary<string, int> Roles) Run(SimulationOptions options)
    {
        var posts = new StringWriter();
        var truth = new StringWriter();
        var lookAlikes = new StringWriter();
        new CoordinationSimulator(options).Write(posts, TextWriter.Null, truth, lookAlikes);
        var sink = new ListSink();
        using (var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(posts.ToString())))
            new SwarmscopeCsvImporter().Import(stream, new ImportContext { SourceFile = "posts.csv" }, sink);
        var planted = Rows(truth).Select(f => f[0]).ToHashSet();
        // An account can be a fan and a greeter at once: its roles are joined ("fan+greeter").
        var role = Rows(lookAlikes).GroupBy(f => f[0]).ToDictionary(g => g.Key, g => string.Join("+", g.Select(f => f[1].Split('-')[0]).Distinct().Order()));

        var result = CoordinationDetector.Detect(sink.Posts, new DetectionOptions());
        var flagged = result.FlaggedAccounts().Select(a => result.Corpus.AccountIds[a]).ToHashSet();
        var organic = sink.Posts.Select(p => p.AccountId).Where(a => !planted.Contains(a)).ToHashSet();
        var recall = planted.Count == 0 ? 1 : (double)planted.Count(flagged.Contains) / planted.Count;
        var organicFlagged = (double)organic.Count(flagged.Contains) / organic.Count;
        var roles = flagged.Where(role.ContainsKey).GroupBy(a => role[a]).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"seed {options.Seed}: {planted.Count} planted, recall {recall:0.00}, {organic.Count(flagged.Contains)} of {organic.Count} organic flagged ({string.Join(", ", roles)})");
        foreach (var (b, actions, tested, kept) in result.Layers) output.WriteLine($"  {BehaviourNames.Name(b)}: {actions} actions, {tested} tested, {kept} kept");
        foreach (var e in result.Edges)
        {
            var (a, b) = (result.Corpus.AccountIds[e.A], result.Corpus.AccountIds[e.B]);
            if (!planted.Contains(a) || !planted.Contains(b))
                output.WriteLine($"  organic edge {role.GetValueOrDefault(a, "organic")} – {role.GetValueOrDefault(b, "organic")}: {string.Join(", ", e.Layers.Select(l => $"{BehaviourNames.Name(l.Behaviour)} w {l.Edge.Weight} p {l.PValue:g2}"))}");
        }
        return (recall, organicFlagged, roles);
    }

    private static IEnumerable<string[]> Rows(StringWriter csv) =>
        csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(','));

    private sealed class ListSink : IRecordSink
    {
        public List<Post> Posts { get; } = [];
        public void Account(Account account) { }
        public void Post(Post post) => Posts.Add(post);
        public void Rejected(RejectedRecord rejected) => throw new InvalidOperationException(rejected.ToString());
    }
}
