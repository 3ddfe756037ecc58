using Swarmscope.Core;

namespace Swarmscope.Detection.Tests;

public class CoActionSweepTests
{
    public static IEnumerable<object[]> Cases()
    {
        // The template-pool layer is not built from posts by ActionTableBuilder but by TemplatePoolTest (its own tests).
        foreach (var behaviour in BehaviourNames.All.Where(b => b != Behaviour.TemplatePool))
        foreach (var seed in new[] { 1, 2, 3 })
        foreach (var window in new long[] { 0, 1, 7, 1000, 15_000, 10_000_000 })
            yield return [behaviour, seed, window];
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void FastEngineAgreesExactlyWithBruteForce(Behaviour behaviour, int seed, long window)
    {
        var corpus = new PostCorpus(RandomPosts.Make(seed, 400, 25, 60_000));
        // Near-duplicate objects come from a grouper; a deterministic stand-in exercises the same path.
        var groups = new int[corpus.Posts.Length];
        for (var i = 0; i < groups.Length; i++) groups[i] = i % 5 == 0 ? -1 : i % 7;
        var table = ActionTableBuilder.Build(corpus, behaviour, groups);
        Assert.True(table.Count > 0, $"{behaviour} produced no actions");
        var fast = window / 3;
        var expected = BruteForceCoAction.Run(table, window, fast);
        var idf = CoActionSweep.InverseDocumentFrequency(table);

        foreach (var threads in new[] { 1, 2 })
        {
            var actual = CoActionSweep.Run(table, window, fast, threads: threads);
            Assert.Equal(expected.Count, actual.Length);
            var k = 0;
            foreach (var ((a, b), e) in expected)
            {
                var got = actual[k++];
                Assert.Equal((a, b), (got.A, got.B));
                Assert.Equal(e.Objects.Count, got.Weight);
                Assert.Equal(e.FastObjects.Count, got.FastWeight);
                Assert.Equal(e.AFirst, got.AFirst);
                Assert.Equal(e.BFirst, got.BFirst);
                Assert.Equal(e.Pairs, got.Pairs);
                Assert.Equal(e.SumAbsDt, got.SumAbsDtMs);
                var idfSum = 0.0;
                foreach (var o in e.Objects) idfSum += idf[o];
                Assert.Equal(idfSum, got.IdfWeight, 9);
            }
        }
    }

    [Fact]
    public void TwoThreadsAgreeWithOneOnALargeTable()
    {
        var corpus = new PostCorpus(RandomPosts.Make(11, 150_000, 400, 3_600_000));
        var table = ActionTableBuilder.Build(corpus, Behaviour.CoRepost);
        Assert.True(table.Count >= 20_000);
        var one = CoActionSweep.Run(table, 5_000, 1_000, threads: 1);
        var two = CoActionSweep.Run(table, 5_000, 1_000, threads: 2);
        Assert.Equal(one.Length, two.Length);
        for (var i = 0; i < one.Length; i++)
        {
            Assert.Equal(one[i].Key, two[i].Key);
            Assert.Equal(one[i].Weight, two[i].Weight);
            Assert.Equal(one[i].FastWeight, two[i].FastWeight);
            Assert.Equal(one[i].AFirst, two[i].AFirst);
            Assert.Equal(one[i].Pairs, two[i].Pairs);
        }
    }

    [Fact]
    public void BuilderExtractsTheObjectOfEachBehaviour()
    {
        var t = new Timestamp(1_700_000_000_000, TimePrecision.Millisecond);
        var posts = new List<Post>
        {
            new() { Platform = Platform.Twitter, Id = "1", AccountId = "a", Time = t, Kind = PostKind.Repost, TargetPostId = "x", Text = "RT copy of text here" },
            new() { Platform = Platform.Twitter, Id = "2", AccountId = "b", Time = t, Kind = PostKind.Reply, TargetPostId = "x", TargetAccountId = "critic", Text = "We  made a CHOICE", Hashtags = ["kz", "vote"], Urls = ["https://example.com/a"], Mentions = ["critic"], MediaHashes = ["00ff"] },
            new() { Platform = Platform.Twitter, Id = "3", AccountId = "c", Time = t, Kind = PostKind.Post, Text = "we made a choice", Hashtags = ["kz", "vote", "kz"], Urls = ["https://example.com/b"] },
        };
        var corpus = new PostCorpus(posts);
        Assert.Equal(1, ActionTableBuilder.Build(corpus, Behaviour.CoRepost).Count);
        Assert.Equal(1, ActionTableBuilder.Build(corpus, Behaviour.CoReply).Count);
        Assert.Equal(1, ActionTableBuilder.Build(corpus, Behaviour.CoReplyAccount).Count);
        Assert.Equal(2, ActionTableBuilder.Build(corpus, Behaviour.CoLink).ObjectCount);
        Assert.Equal(1, ActionTableBuilder.Build(corpus, Behaviour.CoDomain).ObjectCount);
        var hashtags = ActionTableBuilder.Build(corpus, Behaviour.CoHashtag);
        Assert.Equal(4, hashtags.Count); // "kz" twice in one post counts once
        Assert.Equal(2, ActionTableBuilder.Build(corpus, Behaviour.CoHashtagSequence).ObjectCount);
        var text = ActionTableBuilder.Build(corpus, Behaviour.IdenticalText);
        Assert.Equal(2, text.Count); // the repost's copied text is not authored text
        Assert.Equal(1, text.ObjectCount);
        Assert.Equal(0, ActionTableBuilder.Build(corpus, Behaviour.NearDuplicateText).Count);
        Assert.Equal(3, ActionTableBuilder.Build(corpus, Behaviour.CoPost).Count);
    }

    [Fact]
    public void MemoryDoesNotNeedPerObjectPairLists()
    {
        // 3000 accounts sharing one object in the same second: 4.5M in-window pairs, all distinct edges.
        var posts = new List<Post>();
        for (var i = 0; i < 3000; i++)
            posts.Add(new Post { Platform = Platform.Twitter, Id = "r" + i, AccountId = "u" + i, Time = new Timestamp(i % 1000, TimePrecision.Millisecond), Kind = PostKind.Repost, TargetPostId = "viral" });
        var table = ActionTableBuilder.Build(new PostCorpus(posts), Behaviour.CoRepost);
        var edges = CoActionSweep.Run(table, 1000);
        Assert.Equal(3000L * 2999 / 2, edges.Length);
    }
}
