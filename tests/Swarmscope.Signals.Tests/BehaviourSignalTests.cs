using Swarmscope.Core;

namespace Swarmscope.Signals.Tests;

public class BehaviourSignalTests
{
    [Fact]
    public void RepostAndReplyRatios()
    {
        var t = Build.Epoch;
        var table = Build.Extract([], [
            Build.Post("a", t, PostKind.Repost), Build.Post("a", t.AddMinutes(1), PostKind.Repost), Build.Post("a", t.AddMinutes(2), PostKind.Forward), Build.Post("a", t.AddMinutes(3)),
            Build.Post("b", t, PostKind.Reply), Build.Post("b", t.AddMinutes(1), PostKind.Comment), Build.Post("b", t.AddMinutes(2), PostKind.Quote), Build.Post("b", t.AddMinutes(3)),
        ]);
        Assert.Equal(0.75, table.Find(Platform.Twitter, "a")!["repost_ratio"].Value);
        Assert.Equal(0, table.Find(Platform.Twitter, "a")!["reply_ratio"].Value);
        Assert.Equal(0.5, table.Find(Platform.Twitter, "b")!["reply_ratio"].Value);
    }

    [Fact]
    public void NearDuplicatesCountOnlyAcrossAccounts()
    {
        var t = Build.Epoch;
        var posts = new List<Post>
        {
            Build.Post("a", t, id: "a1"), Build.Post("a", t.AddMinutes(1), id: "a2"), Build.Post("a", t.AddMinutes(2), id: "a3"), Build.Post("a", t.AddMinutes(3), id: "a4"),
            Build.Post("b", t, id: "b1"), Build.Post("b", t.AddMinutes(1), id: "b2"),
            Build.Post("c", t, id: "c1"),
        };
        // Group 1: a1 and b1 (two accounts). Group 2: a2 and a3 (the same account repeating itself).
        var groups = new Dictionary<string, int> { ["a1"] = 1, ["b1"] = 1, ["a2"] = 2, ["a3"] = 2 };
        var table = Build.Extract([], posts, new SignalOptions { NearDuplicateGroups = groups });
        Assert.Equal(0.25, table.Find(Platform.Twitter, "a")!["near_duplicate_share"].Value);
        Assert.Equal(0.5, table.Find(Platform.Twitter, "b")!["near_duplicate_share"].Value);
        Assert.Equal(0, table.Find(Platform.Twitter, "c")!["near_duplicate_share"].Value);
        // Without the input the signal is unknown, not zero.
        Assert.Null(Build.Extract([], posts).Find(Platform.Twitter, "c")!["near_duplicate_share"].Value);
    }

    [Fact]
    public void BurstShareAndClusterMembership()
    {
        var t = Build.Epoch;
        var posts = new List<Post> { Build.Post("a", t, id: "a1"), Build.Post("a", t.AddMinutes(1), id: "a2"), Build.Post("b", t, id: "b1") };
        var table = Build.Extract([], posts, new SignalOptions
        {
            BurstPostIds = new HashSet<string> { "a1" },
            CoordinatedAccountIds = new HashSet<string> { "a" },
        });
        Assert.Equal(0.5, table.Find(Platform.Twitter, "a")!["burst_share"].Value);
        Assert.Equal(0, table.Find(Platform.Twitter, "b")!["burst_share"].Value);
        Assert.Equal(1, table.Find(Platform.Twitter, "a")!["in_coordinated_cluster"].Value);
        Assert.Equal(0, table.Find(Platform.Twitter, "b")!["in_coordinated_cluster"].Value);
    }

    [Fact]
    public void ScriptAndLanguageMix()
    {
        var t = Build.Epoch;
        var table = Build.Extract([], [
            Build.Post("ru", t, text: "Привет мир", language: "ru"),
            Build.Post("ru", t.AddMinutes(1), text: "Мы сделали выбор", language: "ru"),
            Build.Post("mix", t, text: "abcd", language: "en"),
            Build.Post("mix", t.AddMinutes(1), text: "абвг", language: "ru"),
            Build.Post("mix", t.AddMinutes(2), text: "ğüş!", language: "tr"),
        ]);
        var ru = table.Find(Platform.Twitter, "ru")!;
        var mix = table.Find(Platform.Twitter, "mix")!;
        Assert.Equal(1, ru["cyrillic_share"].Value);
        Assert.Equal(0, ru["latin_share"].Value);
        Assert.Equal(1, ru["language_count"].Value);
        Assert.Equal(4 / 11.0 + 0, mix["cyrillic_share"].Value!.Value, 9);
        Assert.Equal(3, mix["language_count"].Value);
    }
}
