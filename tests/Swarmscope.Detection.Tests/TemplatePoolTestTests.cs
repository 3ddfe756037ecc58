using Swarmscope.Core;
using Swarmscope.Core.Statistics;

namespace Swarmscope.Detection.Tests;

/// <summary>The group-level template-pool test: a closed set of accounts posting many rare texts is flagged; habits and copiers are not.</summary>
public class TemplatePoolTestTests
{
    private const long Day = 86_400_000;

    /// <summary>
    /// 300 organic accounts posting unique texts; 60 greeters posting one of 3 stock greetings (each a template
    /// family) on most of 28 mornings; 10 copiers who posted one farm text each; a farm of 8 accounts posting 2 texts
    /// a day for 20 days from a pool of 10 families nobody else uses. Families are given directly (the grouper is
    /// tested on its own), so the test sees exactly which texts are one template.
    /// </summary>
    private static (PostCorpus Corpus, int[] Families, HashSet<string> Farm, HashSet<string> Greeters, HashSet<string> Copiers) World(int seed)
    {
        var r = new Random(seed);
        var posts = new List<Post>();
        var families = new List<int>();
        var id = 0;
        void Add(string account, long time, int family, string text)
        {
            posts.Add(new Post { Platform = Platform.Twitter, Id = "p" + id++, AccountId = account, Time = new Timestamp(time, TimePrecision.Millisecond), Kind = PostKind.Post, Text = text });
            families.Add(family);
        }
        for (var a = 0; a < 300; a++)
            for (var k = 0; k < 5 + r.Next(40); k++) Add("org" + a, r.NextInt64(28 * Day), -1, $"unique text {a} {k} {r.Next()}");
        var greeters = new HashSet<string>();
        for (var g = 0; g < 60; g++)
        {
            greeters.Add("greeter" + g);
            var favourite = r.Next(3);
            for (var d = 0; d < 28; d++)
                if (r.NextDouble() < 0.7) Add("greeter" + g, d * Day + 3 * 3_600_000 + r.Next(3_600_000), 100 + favourite, "good morning everyone have a nice day");
            for (var k = 0; k < 10; k++) Add("greeter" + g, r.NextInt64(28 * Day), -1, $"greeter chat {g} {k}");
        }
        var farm = new HashSet<string>();
        for (var m = 0; m < 8; m++)
        {
            farm.Add("farm" + m);
            for (var d = 0; d < 20; d++)
            for (var k = 0; k < 2; k++)
                Add("farm" + m, d * Day + 5 * 3_600_000 + r.Next(3_600_000), 200 + r.Next(10), "a prepared text of the pool");
        }
        var copiers = new HashSet<string>();
        for (var c = 0; c < 10; c++)
        {
            var copier = "org" + r.Next(300);
            copiers.Add(copier);
            Add(copier, r.NextInt64(28 * Day), 200 + r.Next(10), "a prepared text of the pool");
        }
        return (new PostCorpus(posts), families.ToArray(), farm, greeters, copiers);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void FarmIsFlaggedAndHabitsAndCopiersAreNot(int seed)
    {
        var (corpus, families, farm, greeters, copiers) = World(seed);
        var result = TemplatePoolTest.Run(corpus, 0.01, families);
        var flagged = result.Flagged.Select(t => corpus.AccountIds[t.Account]).ToHashSet();
        Assert.Equal(farm.Order(), flagged.Order());
        Assert.Empty(flagged.Intersect(greeters));
        Assert.Empty(flagged.Intersect(copiers));
        // The farm's ten families form one pool; X is the number of distinct families a member posted.
        Assert.Single(result.Flagged.Select(t => t.Pool).Distinct());
        foreach (var t in result.Flagged)
        {
            var own = Enumerable.Range(0, families.Length).Where(i => corpus.PostAccount[i] == t.Account && families[i] >= 200).Select(i => families[i]).Distinct().Count();
            Assert.Equal(own, t.Units);
            Assert.True(t.Expected < 2, $"expected {t.Expected}");
        }
    }

    [Fact]
    public void ExpectationFollowsTheNullModelByHand()
    {
        // Two texts shared by a, b, c; a posted 4 posts in all, N = 10 posts.
        var t0 = new Timestamp(0, TimePrecision.Millisecond);
        Post P(string account, int n, string text) => new() { Platform = Platform.Twitter, Id = account + n, AccountId = account, Time = t0, Kind = PostKind.Post, Text = text };
        var posts = new List<Post> { P("a", 1, "x"), P("a", 2, "y"), P("a", 3, "z"), P("a", 4, "w"), P("b", 1, "x"), P("b", 2, "y"), P("c", 1, "x"), P("c", 2, "y"), P("d", 1, "q"), P("d", 2, "r") };
        int[] families = [0, 1, -1, -1, 0, 1, 0, 1, -1, -1];
        var result = TemplatePoolTest.Run(new PostCorpus(posts), 1, families);
        var a = result.Tests.Single(t => t.Account == 0);
        Assert.Equal(2, a.Units);
        // Each unit: others posted 2 of N = 10 posts; a has k = 4: 1 − exp(−4·2/10) per unit.
        Assert.Equal(2 * (1 - Math.Exp(-0.8)), a.Expected, 12);
        Assert.Equal(PoissonTail.AtLeast(2, a.Expected), a.PValue, 12);
    }

    [Fact]
    public void TheLayerLinksMembersThroughThePoolsBursts()
    {
        var (corpus, families, farm, _, _) = World(1);
        var result = TemplatePoolTest.Run(corpus, 0.01, families);
        var table = TemplatePoolTest.Table(corpus, result);
        Assert.Equal(Behaviour.TemplatePool, table.Behaviour);
        Assert.True(table.IgnoresWindow);
        // One burst a day: the farm posts from 05:00 to 06:00 on 20 days (copiers' posts form bursts of their own or join one).
        Assert.InRange(table.ObjectCount, 20, 30);
        var layer = CoordinationDetector.TestLayer(table, new DetectionOptions());
        TemplatePoolTest.KeepFlaggedMembers(layer, result);
        var kept = layer.Where(e => e.Kept).ToList();
        Assert.Equal(farm.Count * (farm.Count - 1) / 2, kept.Count);
        Assert.All(kept, e => Assert.True(farm.Contains(corpus.AccountIds[e.Edge.A]) && farm.Contains(corpus.AccountIds[e.Edge.B]) && e.QValue <= 0.01 && e.Edge.Weight >= 10));
    }
}
