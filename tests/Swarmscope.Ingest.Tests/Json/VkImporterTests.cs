using Swarmscope.Core;
using Swarmscope.Ingest;
using Swarmscope.TestSupport;

namespace Swarmscope.Ingest.Tests.Json;

public sealed class VkImporterTests
{
    /// <summary>wall.get with extended=1 on a community wall: an own post with a link, a repost chain, profiles and groups.</summary>
    internal const string WallGet = """
        {"response": {
          "count": 2,
          "items": [
            {"id": 101, "from_id": -1, "owner_id": -1, "date": 1700000000, "marked_as_ads": 0, "post_type": "post",
             "text": "Новости дня #выборы [id5|Иван] и [club2|Партнёры] https://vk.com/away.php?to=x",
             "attachments": [
               {"type": "link", "link": {"url": "https://Example.ru/story/?utm_campaign=vk", "title": "Story"}},
               {"type": "photo", "photo": {"id": 4, "owner_id": -1, "sizes": []}}
             ],
             "comments": {"count": 2}, "likes": {"count": 10}, "reposts": {"count": 1}},
            {"id": 102, "from_id": 5, "owner_id": -1, "date": 1700000060, "post_type": "post", "text": "Согласен!",
             "copy_history": [
               {"id": 77, "owner_id": -2, "from_id": -2, "date": 1699990000, "post_type": "post", "text": "Оригинал #выборы",
                "attachments": [{"type": "link", "link": {"url": "https://partner.ru/a"}}]},
               {"id": 9, "owner_id": 6, "from_id": 6, "date": 1699980000, "post_type": "post", "text": "первоисточник"}
             ]}
          ],
          "profiles": [{"id": 5, "first_name": "Иван", "last_name": "Петров", "screen_name": "ivan_p", "photo_100": "https://sun1.userapi.com/i.jpg", "online": 0}],
          "groups": [
            {"id": 1, "name": "Новости", "screen_name": "news", "is_closed": 0, "type": "page", "members_count": 1500, "verified": 1, "photo_100": "https://sun1.userapi.com/g.jpg"},
            {"id": 2, "name": "Партнёры", "screen_name": "partners", "is_closed": 0, "type": "group"}
          ]
        }}
        """;

    internal const string Comments = """
        {"response": {"count": 2, "current_level_count": 2, "can_post": true, "items": [
          {"id": 201, "from_id": 5, "post_id": 101, "owner_id": -1, "parents_stack": [], "date": 1700000100, "text": "Первый @club2 #ура",
           "thread": {"count": 1, "items": [
             {"id": 202, "from_id": 6, "post_id": 101, "owner_id": -1, "parents_stack": [201], "date": 1700000200, "text": "[id5|Иван], нет", "reply_to_user": 5, "reply_to_comment": 201}
           ]}},
          {"id": 203, "deleted": true, "from_id": 0, "post_id": 101, "owner_id": -1, "date": 1700000300, "text": ""}
        ],
        "profiles": [{"id": 6, "first_name": "Анна", "last_name": "С", "screen_name": "id6"}], "groups": []}}
        """;

    [Fact]
    public void Wall_get_maps_posts_reposts_chain_links_mentions_and_accounts()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("wall.json", WallGet);
        Assert.Equal("vk", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = JsonTestSink.Import("vk", path);
        Assert.Empty(sink.Rejections);
        Assert.Equal(["-1_101", "-2_77", "6_9", "-1_102"], sink.Posts.Select(p => p.Id));
        var own = sink.Posts[0];
        Assert.Equal(("-1", "news", "-1", PostKind.Post), (own.AccountId, own.AccountHandle, own.Channel, own.Kind));
        Assert.Equal("2023-11-14T22:13:20.000Z", own.Time.ToString());
        Assert.Equal(["https://example.ru/story", "https://vk.com/away.php?to=x"], own.Urls);
        Assert.Equal(["выборы"], own.Hashtags);
        Assert.Equal(["id5", "club2"], own.Mentions);

        var repost = sink.Posts[3];
        Assert.Equal(("5", "ivan_p", PostKind.Repost, "-2_77", "-2"), (repost.AccountId, repost.AccountHandle, repost.Kind, repost.TargetPostId, repost.TargetAccountId));
        var middle = sink.Posts[1];
        Assert.Equal((PostKind.Repost, "6_9", "6"), (middle.Kind, middle.TargetPostId, middle.TargetAccountId));
        Assert.Equal(["https://partner.ru/a"], middle.Urls);
        Assert.Equal(PostKind.Post, sink.Posts[2].Kind);

        Assert.Equal(["5", "-1", "-2"], sink.Accounts.Select(a => a.Id));
        Assert.Equal(("Иван Петров", "ivan_p"), (sink.Accounts[0].DisplayName, sink.Accounts[0].Handle));
        Assert.Equal((1500L, true), (sink.Accounts[1].Followers, sink.Accounts[1].Verified));
        Assert.Null(sink.Accounts[2].Followers);
    }

    [Fact]
    public void Wall_get_comments_maps_comments_and_thread_replies_and_skips_deleted_ones()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("comments.json", Comments);
        Assert.Equal("vk", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = JsonTestSink.Import("vk", path);
        Assert.Empty(sink.Rejections);
        Assert.Equal(["-1_101?reply=201", "-1_101?reply=202"], sink.Posts.Select(p => p.Id));
        Assert.All(sink.Posts, p => Assert.Equal((PostKind.Comment, "-1_101", "-1"), (p.Kind, p.TargetPostId, p.Channel)));
        Assert.Equal(["club2"], sink.Posts[0].Mentions);
        Assert.Equal(["ура"], sink.Posts[0].Hashtags);
        Assert.Equal(("6", "id6", "5"), (sink.Posts[1].AccountId, sink.Posts[1].AccountHandle, sink.Posts[1].TargetAccountId));
        Assert.Equal(["id5"], sink.Posts[1].Mentions);
    }

    [Fact]
    public void Pages_as_json_lines_and_gzip_with_bad_items_rejected_by_path()
    {
        using var dir = new TempDirectory();
        var path = dir.File("pages.jsonl.gz");
        using (var gz = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
        using (var w = new StreamWriter(gz))
        {
            w.WriteLine(WallGet.ReplaceLineEndings(" "));
            w.WriteLine("""{"response": {"count": 3, "items": [{"id": 1, "owner_id": -1, "from_id": -1, "post_type": "post", "text": "no date"}, {"id": 2, "owner_id": -1, "from_id": -1, "date": "yesterday", "post_type": "post"}, {"id": 3, "owner_id": -1, "from_id": -1, "date": 1700000000, "post_type": "post", "text": "ok"}, {"id": 4, "post_id": 3, "date": 1700000000, "from_id": 9, "text": "comment without owner"}]}}""");
            w.WriteLine("""{"error": {"error_code": 5, "error_msg": "User authorization failed"}}""");
        }
        Assert.Equal("vk", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = JsonTestSink.Import("vk", path);
        Assert.Equal(5, sink.Posts.Count);
        Assert.Equal("-1_3", sink.Posts[^1].Id);
        Assert.Equal(2, sink.Posts[^1].Provenance.Record);
        Assert.Equal([(2L, "response.items[0].date"), (2L, "response.items[1].date"), (2L, "response.items[3].owner_id"), (3L, "error")],
            sink.Rejections.Select(r => (r.Record, r.Field)));
        Assert.Contains("User authorization failed", sink.Rejections[3].Reason);
    }

    [Fact]
    public void Bare_posts_in_an_array_are_read_too()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("posts.json", """
            [{"id": 1, "owner_id": -10, "from_id": -10, "date": 1700000000, "post_type": "post", "text": "a"},
             {"id": 2, "owner_id": -10, "from_id": 4, "date": 1700000001, "post_type": "post", "text": "b",
              "copy_history": [{"id": 1, "owner_id": -10, "from_id": -10, "date": 1700000000, "text": "a"}]}]
            """);
        Assert.Equal("vk", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = JsonTestSink.Import("vk", path);
        Assert.Empty(sink.Rejections);
        Assert.Equal(["-10_1", "-10_1", "-10_2"], sink.Posts.Select(p => p.Id));
        Assert.Equal((PostKind.Repost, "-10_1", "-10"), (sink.Posts[2].Kind, sink.Posts[2].TargetPostId, sink.Posts[2].TargetAccountId));
    }
}
