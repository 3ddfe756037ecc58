using Swarmscope.Core;
using Swarmscope.TestSupport;

namespace Swarmscope.Simulation.Tests;

public class CoordinationSimulatorTests(SimulatedWorld world) : IClassFixture<SimulatedWorld>
{
    // posts.csv columns
    private const int PostId = 1, AccountId = 2, Handle = 3, TimeCol = 4, KindCol = 5, TextCol = 6, TargetPost = 8, TargetAccount = 9, UrlsCol = 10, HashtagsCol = 11;

    [Fact]
    public void SameSeedGivesIdenticalFilesAndAnotherSeedDoesNot()
    {
        using var a = new TempDirectory();
        using var b = new TempDirectory();
        using var c = new TempDirectory();
        var options = SimulatedWorld.TinyOptions with { Posts = 4000 };
        new CoordinationSimulator(options).WriteTo(a.Path);
        new CoordinationSimulator(options).WriteTo(b.Path);
        new CoordinationSimulator(options with { Seed = 43 }).WriteTo(c.Path);
        foreach (var name in new[] { "posts.csv", "accounts.csv", "truth.csv" })
            Assert.Equal(File.ReadAllBytes(a.File(name)), File.ReadAllBytes(b.File(name)));
        Assert.NotEqual(File.ReadAllBytes(a.File("posts.csv")), File.ReadAllBytes(c.File("posts.csv")));
    }

    [Fact]
    public void FilesParseAndAreConsistent()
    {
        Assert.Equal(CoordinationSimulator.PostsHeader, string.Join(',', world.Posts[0]));
        Assert.Equal(CoordinationSimulator.AccountsHeader, string.Join(',', world.Accounts[0]));
        Assert.Equal(CoordinationSimulator.TruthHeader, string.Join(',', world.Truth[0]));
        Assert.Equal(world.Summary.Posts, world.Posts.Count - 1);
        Assert.Equal(world.Summary.Accounts, world.Accounts.Count - 1);
        Assert.InRange(world.Summary.Posts, 12_000, 18_000);

        var accounts = new Dictionary<string, string[]>();
        foreach (var row in world.Accounts.Skip(1))
        {
            Assert.Equal(12, row.Length);
            Assert.True(accounts.TryAdd(row[1], row), $"duplicate account {row[1]}");
            SimulatedWorld.Time(row[4]);
            Assert.True(row[10].Length == 0 || row[10].Length == 16 && ulong.TryParse(row[10], System.Globalization.NumberStyles.HexNumber, null, out _));
        }
        var postIds = new HashSet<string>();
        var postsPerAccount = new Dictionary<string, long>();
        var quotedTextSeen = false;
        foreach (var row in world.Posts.Skip(1))
        {
            Assert.Equal(15, row.Length);
            Assert.Equal("twitter", row[0]);
            Assert.True(postIds.Add(row[PostId]), $"duplicate post id {row[PostId]}");
            Assert.True(accounts.TryGetValue(row[AccountId], out var account), $"post {row[PostId]} by unknown account");
            Assert.Equal(account![2], row[Handle]);
            SimulatedWorld.Time(row[TimeCol]);
            Assert.Contains(row[KindCol], new[] { "post", "repost", "reply" });
            Assert.Equal(row[KindCol] != "post", row[TargetPost].Length > 0);
            if (row[TargetAccount].Length > 0) Assert.True(accounts.ContainsKey(row[TargetAccount]));
            postsPerAccount[row[AccountId]] = postsPerAccount.GetValueOrDefault(row[AccountId]) + 1;
            quotedTextSeen |= row[TextCol].Contains('"') || row[TextCol].Contains('\n') || row[TextCol].Contains(',');
            Assert.Equal(string.Join(' ', TextEntities.Hashtags(row[TextCol])), row[HashtagsCol]);
        }
        Assert.True(quotedTextSeen, "no text needed quoting: the CSV quoting is untested");
        foreach (var row in world.Posts.Skip(1))
            if (row[TargetPost].Length > 0) Assert.Contains(row[TargetPost], postIds);
        foreach (var (id, row) in accounts)
            Assert.Equal(postsPerAccount.GetValueOrDefault(id), long.Parse(row[7]));
    }

    [Fact]
    public void TruthListsEveryPlantedAccountOnceAndEachHasPosts()
    {
        var accounts = world.Accounts.Skip(1).ToDictionary(r => r[1], r => r[2]);
        var authors = world.Posts.Skip(1).Select(r => r[AccountId]).ToHashSet();
        var truth = world.Truth.Skip(1).ToList();
        Assert.Equal(world.Summary.PlantedAccounts, truth.Count);
        Assert.Equal(truth.Count, truth.Select(r => r[0]).Distinct().Count());
        foreach (var row in truth)
        {
            Assert.Equal(accounts[row[0]], row[2]);
            Assert.Contains(row[0], authors);
            Assert.Matches("^(corepost|template|linkpush|swarmreply)-[0-9]+$", row[1]);
        }
        Assert.Equal(8, truth.Select(r => r[1]).Distinct().Count());
    }

    [Fact]
    public void CorepostGroupsRepostTheSameObjectsWithinMinutes()
    {
        foreach (var (group, members) in Groups("corepost"))
        {
            var episodes = Episodes(members, r => r[KindCol] == "repost" ? r[TargetPost] : null, 5 * 60_000);
            Assert.True(episodes >= 12, $"{group}: only {episodes} co-repost episodes");
        }
    }

    [Fact]
    public void TemplateGroupsPostNearDuplicatesWithinMinutes()
    {
        foreach (var (group, members) in Groups("template"))
        {
            // Key: the word set with look-alikes folded and the variable words dropped — the template the farm used.
            var episodes = Episodes(members, r => r[KindCol] == "post" ? TemplateKey(r[TextCol]) : null, 10 * 60_000);
            Assert.True(episodes >= 12, $"{group}: only {episodes} templated episodes");
        }
    }

    [Fact]
    public void LinkPushGroupsShareUrlsThatCanonicalizeToOne()
    {
        foreach (var (group, members) in Groups("linkpush"))
        {
            var episodes = Episodes(members, r => r[UrlsCol].Length > 0 ? UrlCanonicalizer.Canonicalize(r[UrlsCol]) : null, 5 * 60_000);
            Assert.True(episodes >= 12, $"{group}: only {episodes} link-pushing episodes");
            var raw = world.Posts.Skip(1).Where(r => members.Contains(r[AccountId]) && r[UrlsCol].Length > 0).Select(r => r[UrlsCol]).ToList();
            Assert.True(raw.Distinct().Count() > raw.Select(UrlCanonicalizer.Canonicalize).Distinct().Count(), $"{group}: no tracking-parameter variants");
        }
    }

    [Fact]
    public void SwarmReplyGroupsReplyToOneCriticWithinMinutes()
    {
        foreach (var (group, members) in Groups("swarmreply"))
        {
            var episodes = Episodes(members, r => r[KindCol] == "reply" ? r[TargetPost] : null, 15 * 60_000);
            Assert.True(episodes >= 12, $"{group}: only {episodes} swarm-reply episodes");
            var targets = world.Posts.Skip(1).Where(r => members.Contains(r[AccountId]) && r[KindCol] == "reply").GroupBy(r => r[TargetAccount]).OrderByDescending(g => g.Count()).First();
            Assert.DoesNotContain(targets.Key, world.Truth.Skip(1).Select(t => t[0]));
        }
    }

    [Fact]
    public void HardNegativesArePresent()
    {
        var planted = world.Truth.Skip(1).Select(t => t[0]).ToHashSet();
        var organic = world.Posts.Skip(1).Where(r => !planted.Contains(r[AccountId])).ToList();
        // Viral: one original reposted by many organic accounts, spread over hours.
        var viral = organic.Where(r => r[KindCol] == "repost").GroupBy(r => r[TargetPost]).OrderByDescending(g => g.Count()).First();
        Assert.True(viral.Select(r => r[AccountId]).Distinct().Count() >= 100, "no viral object");
        var times = viral.Select(r => SimulatedWorld.Time(r[TimeCol])).Order().ToList();
        Assert.True(times[^1] - times[0] > 6 * 3_600_000, "viral reposts are not spread over hours");
        // Organic hashtag campaign: many organic accounts use one tag within a day.
        var campaign = organic.Where(r => r[HashtagsCol].Length > 0).GroupBy(r => r[HashtagsCol]).OrderByDescending(g => g.Select(r => r[AccountId]).Distinct().Count()).First();
        Assert.True(campaign.Select(r => r[AccountId]).Distinct().Count() >= 40);
    }

    [Fact]
    public void PlantedAccountsOftenLookManufactured()
    {
        var planted = world.Truth.Skip(1).Select(t => t[0]).ToHashSet();
        var bots = world.Accounts.Skip(1).Where(r => planted.Contains(r[1])).ToList();
        var digitHandles = bots.Count(r => System.Text.RegularExpressions.Regex.IsMatch(r[2], "_[0-9]{5}$"));
        Assert.InRange(digitHandles, bots.Count / 2, bots.Count - 1);
        Assert.True(bots.Count(r => r[8].Length == 0) >= bots.Count / 2, "too few empty descriptions");
        foreach (var group in world.Truth.Skip(1).GroupBy(t => t[1]))
        {
            var created = group.Select(t => SimulatedWorld.Time(world.Accounts.First(a => a[1] == t[0])[4])).ToList();
            Assert.True(created.Max() - created.Min() <= 3 * 86_400_000L, $"{group.Key}: accounts not created in a burst");
        }
    }

    private IEnumerable<(string Group, HashSet<string> Members)> Groups(string kind) =>
        world.Truth.Skip(1).Where(t => t[1].StartsWith(kind + "-", StringComparison.Ordinal)).GroupBy(t => t[1])
            .Select(g => (g.Key, g.Select(t => t[0]).ToHashSet()));

    /// <summary>Objects on which at least three distinct members acted within <paramref name="windowMs"/> of each other.</summary>
    private int Episodes(HashSet<string> members, Func<string[], string?> objectOf, long windowMs)
    {
        var byObject = new Dictionary<string, List<(long Time, string Account)>>();
        foreach (var row in world.Posts.Skip(1))
        {
            if (!members.Contains(row[AccountId]) || objectOf(row) is not { } key) continue;
            if (!byObject.TryGetValue(key, out var list)) byObject[key] = list = [];
            list.Add((SimulatedWorld.Time(row[TimeCol]), row[AccountId]));
        }
        var episodes = 0;
        foreach (var list in byObject.Values)
        {
            list.Sort();
            for (var i = 0; i < list.Count;)
            {
                var accounts = new HashSet<string>();
                var j = i;
                for (; j < list.Count && list[j].Time - list[i].Time <= windowMs; j++) accounts.Add(list[j].Account);
                if (accounts.Count >= 3) { episodes++; i = j; }
                else i++;
            }
        }
        return episodes;
    }

    private static readonly HashSet<string> VariableWords =
    [
        "from", "says", "nurlan", "aigerim", "dias", "aruzhan", "yerlan", "madina", "askar", "dana", "timur", "saule", "bolat", "zhanna",
        "almaty", "astana", "shymkent", "karaganda", "aktobe", "taraz", "pavlodar", "oskemen", "semey", "kostanay", "atyrau", "turkistan",
    ];

    private static string TemplateKey(string text)
    {
        var folded = text.ToLowerInvariant().Replace('а', 'a').Replace('е', 'e').Replace('о', 'o').Replace('с', 'c').Replace('р', 'p').Replace('х', 'x');
        var words = folded.Split([' ', '!', '.', ',', ':', '?'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 3 && !w.Any(char.IsDigit) && !VariableWords.Contains(w)).Take(3);
        return string.Join(' ', words);
    }
}
