using Swarmscope.Core;
using Swarmscope.Core.Statistics;

namespace Swarmscope.Detection.Tests;

public class SignificanceTests
{
    [Fact]
    public void BenjaminiHochbergMatchesHandComputedExample()
    {
        var q = BenjaminiHochberg.Adjust([0.01, 0.04, 0.03, 0.005]);
        Assert.Equal([0.02, 0.04, 0.04, 0.02], q.Select(v => Math.Round(v, 10)).ToArray());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void PlantedGroupsAreSignificantAndOrganicAccountsAreNot(int seed)
    {
        var (posts, planted) = PlantedRepostData.Make(seed, organicAccounts: 1500, originals: 3000, organicReposts: 30_000,
            groups: 3, groupSize: 8, targetsPerGroup: 25);
        var result = CoordinationDetector.Detect(posts, new DetectionOptions { Behaviours = [Behaviour.CoRepost], WindowMs = 60_000, Seed = seed });
        var flagged = result.FlaggedAccounts().Select(a => result.Corpus.AccountIds[a]).ToHashSet();
        Assert.Empty(planted.Except(flagged));
        var falsePositives = flagged.Except(planted).Count();
        Assert.True(falsePositives <= 0.01 * flagged.Count, $"{falsePositives} organic accounts flagged among {flagged.Count}");
        // The groups come out as clusters: every planted group lies within one cluster.
        for (var g = 0; g < 3; g++)
        {
            var clusters = planted.Where(a => a.StartsWith($"farm{g}_")).Select(a => result.ClusterOfAccount[Array.IndexOf(result.Corpus.AccountIds, a)]).Distinct().ToList();
            Assert.Single(clusters);
        }
    }

    [Fact]
    public void PureNoiseYieldsFewSignificantEdges()
    {
        // Independent accounts acting on random objects at random times: every edge is a true null.
        var r = new Random(5);
        var posts = new List<Post>();
        for (var i = 0; i < 40_000; i++)
            posts.Add(new Post
            {
                Platform = Platform.Twitter, Id = "n" + i, AccountId = "u" + r.Next(800), Kind = PostKind.Repost,
                TargetPostId = "o" + r.Next(400), Time = new Timestamp(r.NextInt64(0, 7 * 86_400_000L), TimePrecision.Millisecond),
            });
        var options = new DetectionOptions { Behaviours = [Behaviour.CoRepost], WindowMs = 600_000, Alpha = 0.01 };
        var table = ActionTableBuilder.Build(new PostCorpus(posts), Behaviour.CoRepost);
        var layer = CoordinationDetector.TestLayer(table, options);
        Assert.True(layer.Count > 2000, $"only {layer.Count} edges tested");
        // Every account pair is a null hypothesis; at most ~1% of them may reach p ≤ 0.01.
        var pairs = CoordinationDetector.PairsTested(table);
        var rawSignificant = layer.Count(e => e.PValue <= 0.01);
        Assert.True(rawSignificant <= 0.01 * pairs, $"{rawSignificant} of {pairs} null pairs have p ≤ 0.01");
        CoordinationDetector.AdjustAndFilter([layer], options, pairs);
        Assert.True(layer.Count(e => e.Kept) <= 3, $"{layer.Count(e => e.Kept)} edges kept on pure noise");
    }

    [Fact]
    public void WindowEstimatorFindsTheShareOfFastRepeats()
    {
        var posts = new List<Post>();
        for (var i = 0; i < 100; i++)
            posts.Add(new Post { Platform = Platform.Twitter, Id = "p" + i, AccountId = "u" + i, Kind = PostKind.Repost, TargetPostId = "x", Time = new Timestamp(i * 1000L, TimePrecision.Millisecond) });
        var table = ActionTableBuilder.Build(new PostCorpus(posts), Behaviour.CoRepost);
        // 99 repeats at 1..99 s after the first: 10% are within 10 s.
        Assert.Equal(10_000, WindowEstimator.Estimate(table, 0.1));
        Assert.Equal(99_000, WindowEstimator.Estimate(table, 1.0));
    }

    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("10s", 10_000)]
    [InlineData("5m", 300_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("1.5s", 1500)]
    [InlineData("30", 30_000)]
    public void DurationsParse(string text, long ms)
    {
        Assert.True(Duration.TryParseMilliseconds(text, out var v));
        Assert.Equal(ms, v);
    }
}
