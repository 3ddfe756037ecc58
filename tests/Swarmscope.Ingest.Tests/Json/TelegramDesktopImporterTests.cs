using Swarmscope.Core;
using Swarmscope.Ingest;
using Swarmscope.TestSupport;

namespace Swarmscope.Ingest.Tests.Json;

public sealed class TelegramDesktopImporterTests
{
    /// <summary>A channel export in Telegram Desktop's documented shape (ids, text as string or entity array).</summary>
    internal const string ChannelExport = """
        {
         "name": "Qazaq News",
         "type": "public_channel",
         "id": 1234567890,
         "messages": [
          {
           "id": 1,
           "type": "service",
           "date": "2022-01-05T09:00:00",
           "date_unixtime": "1641373200",
           "actor": "Qazaq News",
           "actor_id": "channel1234567890",
           "action": "create_channel",
           "title": "Qazaq News",
           "text": "",
           "text_entities": []
          },
          {
           "id": 2,
           "type": "message",
           "date": "2022-01-05T10:00:00",
           "date_unixtime": "1641376800",
           "from": "Qazaq News",
           "from_id": "channel1234567890",
           "text": [
            "Read ",
            {"type": "text_link", "text": "the report", "href": "https://Example.kz/report/?utm_source=tg"},
            " and ",
            {"type": "link", "text": "https://example.org/b/"},
            " ",
            {"type": "hashtag", "text": "#Қаңтар"},
            " via ",
            {"type": "mention", "text": "@SomeChannel"},
            {"type": "bold", "text": "!"}
           ],
           "text_entities": [
            {"type": "plain", "text": "Read "},
            {"type": "text_link", "text": "the report", "href": "https://Example.kz/report/?utm_source=tg"},
            {"type": "plain", "text": " and "},
            {"type": "link", "text": "https://example.org/b/"},
            {"type": "plain", "text": " "},
            {"type": "hashtag", "text": "#Қаңтар"},
            {"type": "plain", "text": " via "},
            {"type": "mention", "text": "@SomeChannel"},
            {"type": "bold", "text": "!"}
           ]
          },
          {
           "id": 3,
           "type": "message",
           "date": "2022-01-05T10:05:00",
           "date_unixtime": "1641377100",
           "from": "Qazaq News",
           "from_id": "channel1234567890",
           "forwarded_from": "Other Channel",
           "photo": "photos/photo_1@05-01-2022_10-05-00.jpg",
           "width": 800,
           "height": 600,
           "text": "forwarded text",
           "text_entities": [{"type": "plain", "text": "forwarded text"}]
          },
          {
           "id": 4,
           "type": "message",
           "date": "2022-01-05T10:06:00",
           "date_unixtime": "1641377160",
           "from": "Qazaq News",
           "from_id": "channel1234567890",
           "reply_to_message_id": 2,
           "text": "update to the above #news",
           "text_entities": [{"type": "plain", "text": "update to the above "}, {"type": "hashtag", "text": "#news"}]
          },
          {
           "id": 5,
           "type": "message",
           "date": "2022-01-05T13:07:00",
           "text": "old export without date_unixtime and from_id; plain string www.site.kz/x #Old"
          }
         ]
        }
        """;

    [Fact]
    public void Channel_export_maps_messages_entities_forwards_replies_and_skips_service_messages()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("result.json", ChannelExport);
        Assert.Equal("telegram-desktop", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = JsonTestSink.Import("telegram-desktop", path);
        Assert.Empty(sink.Rejections);
        Assert.Equal(["-1001234567890/2", "-1001234567890/3", "-1001234567890/4", "-1001234567890/5"], sink.Posts.Select(p => p.Id));

        var p2 = sink.Posts[0];
        Assert.Equal("-1001234567890", p2.AccountId); // the channel, in Bot API form
        Assert.Equal("Qazaq News", p2.Channel);
        Assert.Equal("Read the report and https://example.org/b/ #Қаңтар via @SomeChannel!", p2.Text);
        Assert.Equal(["https://example.kz/report", "https://example.org/b"], p2.Urls);
        Assert.Equal(["қаңтар"], p2.Hashtags);
        Assert.Equal(["somechannel"], p2.Mentions);
        Assert.Equal("2022-01-05T10:00:00.000Z", p2.Time.ToString());
        Assert.Equal(2, p2.Provenance.Record); // the service message counts as record 1

        Assert.Equal(PostKind.Forward, sink.Posts[1].Kind);
        Assert.Null(sink.Posts[1].TargetPostId);
        Assert.Equal((PostKind.Reply, "-1001234567890/2"), (sink.Posts[2].Kind, sink.Posts[2].TargetPostId));
        Assert.Equal(["news"], sink.Posts[2].Hashtags);

        // No from_id in a channel: the channel is the author; no date_unixtime: "date" in the assumed zone (UTC).
        var old = sink.Posts[3];
        Assert.Equal("-1001234567890", old.AccountId);
        Assert.Equal("2022-01-05T13:07:00.000Z", old.Time.ToString());
        Assert.Equal(["https://site.kz/x"], old.Urls);
        Assert.Equal(["old"], old.Hashtags);

        var account = Assert.Single(sink.Accounts);
        Assert.Equal(("-1001234567890", "Qazaq News"), (account.Id, account.DisplayName));
    }

    [Fact]
    public void Full_export_with_several_chats_numbers_records_across_chats_and_reads_gzip()
    {
        using var dir = new TempDirectory();
        var json = """
            {
             "about": "Here is the data you requested.",
             "personal_information": {"user_id": 777, "first_name": "Me"},
             "chats": {
              "about": "This page lists all chats from this export.",
              "list": [
               {"name": "Group A", "type": "private_supergroup", "id": 555, "messages": [
                 {"id": 10, "type": "message", "date": "2023-03-01T10:00:00", "date_unixtime": "1677664800", "from": "Alice", "from_id": "user111", "text": "hi"},
                 {"id": 11, "type": "message", "date": "2023-03-01T10:01:00", "date_unixtime": "1677664860", "from": "Bob", "from_id": "user222", "reply_to_message_id": 10, "text": "hello"}
               ]},
               {"name": "Bob", "type": "personal_chat", "id": 222, "messages": [
                 {"id": 1, "type": "message", "date": "2023-03-02T10:00:00", "date_unixtime": "1677751200", "from": "Bob", "from_id": "user222", "text": "private"}
               ]},
               {"name": "Old group", "type": "private_group", "id": 42, "messages": []}
              ]
             },
             "left_chats": {"about": "left", "list": [
               {"name": "Left", "type": "public_supergroup", "id": 9, "messages": [
                 {"id": 3, "type": "message", "date_unixtime": "1677751300", "from": null, "from_id": "user333", "text": "deleted account wrote this"}
               ]}
             ]}
            }
            """;
        var path = dir.File("result.json.gz");
        using (var gz = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
            gz.Write(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.Equal("telegram-desktop", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = JsonTestSink.Import("telegram-desktop", path);
        Assert.Empty(sink.Rejections);
        Assert.Equal(["-100555/10", "-100555/11", "222/1", "-1009/3"], sink.Posts.Select(p => p.Id));
        Assert.Equal([1L, 2, 3, 4], sink.Posts.Select(p => p.Provenance.Record));
        Assert.Equal(["111", "222", "222", "333"], sink.Posts.Select(p => p.AccountId));
        Assert.Equal(["Group A", "Group A", "Bob", "Left"], sink.Posts.Select(p => p.Channel));
        Assert.Equal((PostKind.Reply, "-100555/10"), (sink.Posts[1].Kind, sink.Posts[1].TargetPostId));
        Assert.Equal(["111", "222", "333"], sink.Accounts.Select(a => a.Id));
        Assert.Equal(["Alice", "Bob", null], sink.Accounts.Select(a => a.DisplayName));
    }

    [Fact]
    public void Bad_messages_are_rejected_naming_record_and_field()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("result.json", """
            {"name": "G", "type": "private_supergroup", "id": 5, "messages": [
              {"id": 1, "type": "message", "date_unixtime": "1677664800", "from_id": "user1", "text": "ok"},
              {"type": "message", "date_unixtime": "1677664800", "from_id": "user1", "text": "no id"},
              {"id": 3, "type": "message", "from_id": "user1", "text": "no date"},
              {"id": 4, "type": "message", "date_unixtime": "soon", "from_id": "user1", "text": "bad unix time"},
              {"id": 5, "type": "message", "date_unixtime": "1677664800", "text": "no author in a group"},
              {"id": 6, "type": "message", "date_unixtime": "1677664800", "from_id": "user1", "text": ["a", 7]},
              {"id": 7, "type": "message", "date_unixtime": "1677664800", "from_id": "user1", "text": {"type": "bold"}},
              {"id": 8, "type": "message", "date_unixtime": "1677664800", "from_id": "user1", "text": [{"type": "link", "text": 9}]},
              {"id": 9, "type": "message", "date_unixtime": "1677664800", "from_id": "user1", "text": "ok"}
            ]}
            """);
        var sink = JsonTestSink.Import("telegram-desktop", path);
        Assert.Equal(["-1005/1", "-1005/9"], sink.Posts.Select(p => p.Id));
        Assert.Equal([(2L, "id"), (3L, "date"), (4L, "date_unixtime"), (5L, "from_id"), (6L, "text[1]"), (7L, "text"), (8L, "text[0].text")],
            sink.Rejections.Select(r => (r.Record, r.Field)));
        Assert.Contains("line 4", sink.Rejections[1].Reason);
    }

    [Fact]
    public void A_truncated_export_keeps_the_messages_before_the_cut_and_names_the_position()
    {
        using var dir = new TempDirectory();
        var full = ChannelExport;
        var path = dir.Write("result.json", full[..full.IndexOf("\"forwarded_from\"", StringComparison.Ordinal)]);
        Assert.Equal("telegram-desktop", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = JsonTestSink.Import("telegram-desktop", path);
        Assert.Single(sink.Posts);
        var bad = Assert.Single(sink.Rejections);
        Assert.Equal(3, bad.Record);
        Assert.Matches("invalid JSON at line [0-9]+, column [0-9]+", bad.Reason);
    }

    [Fact]
    public void Not_an_object_is_rejected()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("result.json", "[1, 2]");
        var sink = JsonTestSink.Import("telegram-desktop", path);
        Assert.Empty(sink.Posts);
        Assert.Single(sink.Rejections);
    }
}
