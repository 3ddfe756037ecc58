using Swarmscope.Core;
using Swarmscope.Ingest;
using Swarmscope.TestSupport;

namespace Swarmscope.Ingest.Tests.Json;

public sealed class TwitterImporterTests
{
    [Fact]
    public void V2_response_maps_tweets_kinds_targets_entities_and_users()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("search.json", TwitterFixtures.V2Response);
        Assert.Equal("twitter-v2", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = JsonTestSink.Import("twitter-v2", path);
        Assert.Empty(sink.Rejections);

        // Four tweets of data, plus the referenced original from includes (it carries time and author); the
        // reference without them is not importable and is left out.
        Assert.Equal(["1460323737035677698", "1460324000000000001", "1460324000000000002", "1460324000000000003", "1460323737035677698"],
            sink.Posts.Select(p => p.Id));
        var original = sink.Posts[0];
        Assert.Equal("2244994945", original.AccountId);
        Assert.Equal("TwitterDev", original.AccountHandle);
        Assert.Equal("2021-11-15T18:31:02.000Z", original.Time.ToString());
        Assert.Equal(TimePrecision.Second, original.Time.Precision);
        Assert.Equal(PostKind.Post, original.Kind);
        Assert.Equal("en", original.Language);
        Assert.Equal(["twitterapi"], original.Hashtags);
        Assert.Equal(["twitterdev"], original.Mentions);
        Assert.Equal(["https://developer.twitter.com/en/blog"], original.Urls); // the photo link is not shared content
        Assert.Equal(new Provenance(path, 1), original.Provenance);

        var retweet = sink.Posts[1];
        Assert.Equal((PostKind.Repost, "1460323737035677698", "2244994945"), (retweet.Kind, retweet.TargetPostId, retweet.TargetAccountId));
        Assert.Equal("fan99", retweet.AccountHandle);
        var reply = sink.Posts[2];
        Assert.Equal((PostKind.Reply, "1460323737035677698", "2244994945"), (reply.Kind, reply.TargetPostId, reply.TargetAccountId));
        Assert.Null(reply.Language);
        var quote = sink.Posts[3];
        Assert.Equal((PostKind.Quote, "1460323737035677698", "2244994945"), (quote.Kind, quote.TargetPostId, quote.TargetAccountId));
        Assert.Equal(["api"], quote.Hashtags); // no entities field: taken from the text
        Assert.Equal(["https://example.org/x"], quote.Urls);

        Assert.Equal(["2244994945", "99", "100"], sink.Accounts.Select(a => a.Id));
        var dev = sink.Accounts[0];
        Assert.Equal(("TwitterDev", "Twitter Dev", 513958L, 2039L, 3635L, true), (dev.Handle, dev.DisplayName, dev.Followers, dev.Following, dev.PostCount, dev.Verified));
        Assert.Equal(new DateTimeOffset(2013, 12, 14, 4, 35, 55, TimeSpan.Zero), dev.CreatedAt);
        Assert.Equal(0L, sink.Accounts[1].Followers); // zero is a value...
        Assert.Null(sink.Accounts[2].Followers);      // ...absent is unknown
    }

    [Fact]
    public void V2_json_lines_of_responses_as_twarc2_writes_them_gzipped()
    {
        using var dir = new TempDirectory();
        var oneLine = TwitterFixtures.V2Response.ReplaceLineEndings(" ");
        var path = dir.File("tweets.jsonl.gz");
        using (var gz = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
        using (var w = new StreamWriter(gz))
        {
            w.WriteLine(oneLine);
            w.WriteLine("{\"data\": [{\"id\": \"7\", \"author_id\": \"99\", \"created_at\": \"2021-11-16T00:00:00.000Z\", \"text\": \"second page\"}]}");
        }
        Assert.Equal("twitter-v2", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = JsonTestSink.Import("twitter-v2", path);
        Assert.Empty(sink.Rejections);
        Assert.Equal(6, sink.Posts.Count);
        Assert.Equal(2, sink.Posts[^1].Provenance.Record); // record = response = line
        Assert.Equal(3, sink.Accounts.Count);              // each user once per file
    }

    [Fact]
    public void V2_flattened_tweets_with_embedded_author()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("flat.jsonl", """
            {"id": "1", "text": "hello #World", "author_id": "5", "created_at": "2022-01-01T10:00:00.000Z", "author": {"id": "5", "username": "Five", "public_metrics": {"followers_count": 3, "following_count": 4, "tweet_count": 5}}, "referenced_tweets": [{"type": "quoted", "id": "9", "author_id": "6", "created_at": "2021-12-31T00:00:00.000Z", "text": "orig"}]}
            {"id": "2", "text": "bye", "author_id": "5", "created_at": "2022-01-01T10:01:00.000Z", "author": {"id": "5", "username": "Five"}}
            """);
        Assert.Equal("twitter-v2", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = JsonTestSink.Import("twitter-v2", path);
        Assert.Empty(sink.Rejections);
        Assert.Equal(["1", "2"], sink.Posts.Select(p => p.Id));
        Assert.Equal("Five", sink.Posts[0].AccountHandle);
        Assert.Equal((PostKind.Quote, "9", "6"), (sink.Posts[0].Kind, sink.Posts[0].TargetPostId, sink.Posts[0].TargetAccountId));
        Assert.Equal(["world"], sink.Posts[0].Hashtags);
        Assert.Single(sink.Accounts);
    }

    [Fact]
    public void V2_bad_tweets_are_rejected_by_path_and_the_rest_is_kept()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("bad.json", """
            {"data": [
              {"id": "1", "author_id": "5", "created_at": "2022-01-01T10:00:00.000Z", "text": "fine"},
              {"id": "2", "created_at": "2022-01-01T10:00:00.000Z", "text": "no author"},
              {"id": "3", "author_id": "5", "text": "no time"},
              {"id": "4", "author_id": "5", "created_at": "Jan 1st", "text": "bad time"},
              {"id": "5", "author_id": "5", "created_at": "2022-01-01T10:00:00.000Z", "text": "bad ref", "referenced_tweets": [{"type": "liked", "id": "1"}]},
              {"id": "6", "author_id": "5", "created_at": "2022-01-01T10:00:00.000Z", "text": 17},
              {"id": "7", "author_id": "5", "created_at": "2022-01-01T10:00:00.000Z", "text": "ok", "entities": {"hashtags": "oops"}}
            ],
             "includes": {"users": [{"id": "5", "username": "five", "public_metrics": {"followers_count": "many"}}]}}
            """);
        var sink = JsonTestSink.Import("twitter-v2", path);
        Assert.Equal(["1"], sink.Posts.Select(p => p.Id));
        Assert.Equal(["includes.users[0].public_metrics.followers_count", "data[1].author_id", "data[2].created_at", "data[3].created_at",
                      "data[4].referenced_tweets[0].type", "data[5].text", "data[6].entities.hashtags"],
            sink.Rejections.Select(r => r.Field));
        Assert.All(sink.Rejections, r => Assert.Equal(1, r.Record));
        Assert.Contains("many", sink.Rejections[0].Reason);
    }

    [Fact]
    public void V1_tweets_map_extended_text_kinds_and_embedded_originals()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("v1.json", TwitterFixtures.V1Array);
        Assert.Equal("twitter-v1", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = JsonTestSink.Import("twitter-v1", path);
        Assert.Empty(sink.Rejections);
        // Embedded originals are emitted once per file. Record 1 is the same tweet at top level; the importer keeps
        // no set of all top-level ids (memory would grow with the file), so the store merges the two by id.
        Assert.Equal(["1050118621198921728", "1050118621198921999", "1050118621198921728", "1050118621198922000", "1050118621198922001"],
            sink.Posts.Select(p => p.Id));
        var first = sink.Posts[0];
        Assert.EndsWith("#emoji", first.Text);
        Assert.Equal("2018-10-10T20:19:24.000Z", first.Time.ToString());
        Assert.Equal(["emoji"], first.Hashtags);
        Assert.Equal(["https://blog.twitter.com/developer/en_us/topics/tips/2018/emoji.html"], first.Urls);
        Assert.Equal(("6253282", "TwitterAPI"), (first.AccountId, first.AccountHandle));

        var rt = sink.Posts[1];
        Assert.Equal((PostKind.Repost, "1050118621198921728", "6253282"), (rt.Kind, rt.TargetPostId, rt.TargetAccountId));
        Assert.Equal(["twitterapi"], rt.Mentions);
        Assert.Equal(2, sink.Posts[2].Provenance.Record); // the embedded original, traced to the record embedding it
        var reply = sink.Posts[3];
        Assert.Equal((PostKind.Reply, "1050118621198921728", "6253282"), (reply.Kind, reply.TargetPostId, reply.TargetAccountId));
        Assert.Equal("@TwitterAPI nice", reply.Text);
        var quote = sink.Posts[4];
        Assert.Equal((PostKind.Quote, "1050118621198921728"), (quote.Kind, quote.TargetPostId));
        Assert.Equal(["true"], quote.Hashtags);
        Assert.Equal(["https://example.com/a"], quote.Urls);

        Assert.Equal(["6253282", "42", "43"], sink.Accounts.Select(a => a.Id));
        var api = sink.Accounts[0];
        Assert.Equal((6133636L, 12L, 3656L, true, "San Francisco, CA"), (api.Followers, api.Following, api.PostCount, api.Verified, api.Location));
        Assert.Equal(new DateTimeOffset(2007, 5, 23, 6, 1, 13, TimeSpan.Zero), api.CreatedAt);
    }

    [Fact]
    public void V1_rejects_missing_user_and_bad_dates_with_field_names_and_skips_stream_notices()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("v1.jsonl",
            "{\"created_at\": \"Wed Oct 10 20:19:24 +0000 2018\", \"id_str\": \"1\", \"text\": \"a\", \"user\": {\"id_str\": \"9\", \"screen_name\": \"n\"}}\n" +
            "{\"created_at\": \"Wed Oct 10 20:19:24 +0000 2018\", \"id_str\": \"2\", \"text\": \"b\"}\n" +
            "{\"created_at\": \"yesterday\", \"id_str\": \"3\", \"text\": \"c\", \"user\": {\"id_str\": \"9\"}}\n" +
            "{\"created_at\": \"Wed Oct 10 20:19:24 +0000 2018\", \"text\": \"d\", \"user\": {\"id_str\": \"9\"}}\n" +
            "{\"created_at\": \"Wed Oct 10 20:19:24 +0000 2018\", \"id_str\": \"5\", \"text\": \"e\", \"user\": {\"id_str\": \"9\", \"followers_count\": true}}\n" +
            "{\"created_at\": \"Wed Oct 10 20:19:24 +0000 2018\", \"id_str\": \"6\", \"text\": \"f\", \"user\": {\"id_str\": \"9\"}}\n" +
            "{\"delete\": {\"status\": {\"id\": 1, \"id_str\": \"1\", \"user_id\": 9, \"user_id_str\": \"9\"}, \"timestamp_ms\": \"1539202764000\"}}\n" +
            "{\"limit\": {\"track\": 12, \"timestamp_ms\": \"1539202764000\"}}\n");
        Assert.Equal("twitter-v1", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = JsonTestSink.Import("twitter-v1", path);
        Assert.Equal(["1", "6"], sink.Posts.Select(p => p.Id));
        Assert.Equal([(2L, "user"), (3L, "created_at"), (4L, "id_str"), (5L, "user.followers_count")],
            sink.Rejections.Select(r => (r.Record, r.Field)));
        Assert.Contains("line 3", sink.Rejections[1].Reason);
    }

    [SharedDataFact("twibot/TwiBot-20_sample.json")]
    public void TwiBot20_sample_gives_100_profiles_with_string_values_parsed()
    {
        var path = SharedData.Path("twibot/TwiBot-20_sample.json");
        Assert.Equal("twibot20", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = JsonTestSink.Import("twibot20", path);
        Assert.Empty(sink.Rejections);
        Assert.Empty(sink.Posts); // tweet texts have no ids or times: not imported (see docs/formats-json.md)
        Assert.Equal(100, sink.Accounts.Count);
        Assert.Equal(100, sink.Accounts.Select(a => a.Id).Distinct().Count());
        var shaq = sink.Accounts[0];
        Assert.Equal(("17461978", "SHAQ", "SHAQ"), (shaq.Id, shaq.Handle, shaq.DisplayName));
        Assert.Equal((15349596L, 692L, 9798L, true), (shaq.Followers, shaq.Following, shaq.PostCount, shaq.Verified));
        Assert.Equal(new DateTimeOffset(2008, 11, 18, 10, 27, 25, TimeSpan.Zero), shaq.CreatedAt);
        Assert.Equal("https://pbs.twimg.com/profile_images/1673907275/image_normal.jpg", shaq.ProfileImageUrl);
        Assert.Null(shaq.Language); // "None " is unknown
        Assert.Equal(63, sink.Accounts.Count(a => a.Verified == true));
        Assert.All(sink.Accounts, a => Assert.NotNull(a.CreatedAt));
    }

    [SharedDataFact("twibot/Twibot20-anno_study.json")]
    public void Annotation_study_files_give_500_v2_users_each()
    {
        foreach (var name in new[] { "Twibot20-anno_study.json", "Twibot22-anno_study.json" })
        {
            var path = SharedData.Path("twibot/" + name);
            Assert.Equal("twitter-v2", ImporterRegistry.Detect(path).Importer?.Format);
            var sink = JsonTestSink.Import("twitter-v2", path);
            Assert.Empty(sink.Rejections);
            Assert.Empty(sink.Posts);
            Assert.Equal(500, sink.Accounts.Count);
            Assert.All(sink.Accounts, a =>
            {
                Assert.Matches("^[0-9]+$", a.Id); // TwiBot's "u" prefix dropped
                Assert.NotNull(a.Followers);
                Assert.NotNull(a.CreatedAt);
                Assert.Equal(false, a.Verified);
            });
        }
        var s22 = JsonTestSink.Import("twitter-v2", SharedData.Path("twibot/Twibot22-anno_study.json"));
        var first = s22.Accounts[0];
        Assert.Equal(("700108845", "faith_amune", 0L, 24L, 0L), (first.Id, first.Handle, first.Followers, first.Following, first.PostCount));
        Assert.Equal(new DateTimeOffset(2013, 9, 28, 16, 49, 36, TimeSpan.Zero), first.CreatedAt);
        Assert.Null(first.Description); // "" is unknown
        var s20 = JsonTestSink.Import("twitter-v2", SharedData.Path("twibot/Twibot20-anno_study.json"));
        Assert.Equal(("480604244", "ScolariMatteo", 648L), (s20.Accounts[0].Id, s20.Accounts[0].Handle, s20.Accounts[0].Followers));
        Assert.Equal(new DateTimeOffset(2012, 2, 1, 17, 49, 30, TimeSpan.Zero), s20.Accounts[0].CreatedAt);
    }
}
