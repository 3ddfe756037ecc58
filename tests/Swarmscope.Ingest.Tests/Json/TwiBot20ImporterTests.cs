using Swarmscope.Ingest;
using Swarmscope.TestSupport;

namespace Swarmscope.Ingest.Tests.Json;

public sealed class TwiBot20ImporterTests
{
    [Fact]
    public void Profiles_with_unusable_values_are_rejected_by_field_and_tweets_are_not_posts()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("twibot.json", """
            [
             {"ID": "1", "profile": {"id_str": "1 ", "screen_name": "one ", "followers_count": "10 ", "friends_count": "None ", "verified": "False ", "created_at": "Tue Nov 18 10:27:25 +0000 2008 "}, "tweet": ["a text without id or time\n"], "neighbor": null, "domain": ["Politics"]},
             {"ID": "2", "profile": {"screen_name": "two ", "followers_count": "lots "}, "tweet": null},
             {"ID": "3", "profile": {"screen_name": "three ", "verified": "maybe "}},
             {"ID": "4", "profile": {"screen_name": "four ", "created_at": "last year "}},
             {"ID": "5"},
             {"profile": {"screen_name": "six "}},
             {"ID": "7", "profile": "not an object"}
            ]
            """);
        Assert.Equal("twibot20", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = JsonTestSink.Import("twibot20", path);
        Assert.Empty(sink.Posts);
        var one = Assert.Single(sink.Accounts);
        Assert.Equal(("1", "one", 10L, false), (one.Id, one.Handle, one.Followers, one.Verified));
        Assert.Null(one.Following); // "None " is unknown, not zero
        Assert.Equal([(2L, "profile.followers_count"), (3L, "profile.verified"), (4L, "profile.created_at"), (5L, "profile"), (6L, "ID"), (7L, "profile")],
            sink.Rejections.Select(r => (r.Record, r.Field)));
    }
}
