using System.IO.Compression;
using System.Text;
using Swarmscope.Core;
using Swarmscope.Ingest;
using Swarmscope.TestSupport;

namespace Swarmscope.Ingest.Tests.Json;

public sealed class TelegramJsonImporterTests
{
    private const string Raw = "telegram-news-ru/raw";

    [SharedDataFact(Raw)]
    public void Imports_all_22099_posts_of_the_news_channels_with_no_rejections()
    {
        long total = 0;
        var perFile = new Dictionary<string, int>();
        foreach (var path in Directory.GetFiles(SharedData.Path(Raw), "*.json").Order(StringComparer.Ordinal))
        {
            Assert.Equal("telegram-json", ImporterRegistry.Detect(path).Importer?.Format);
            var sink = JsonTestSink.Import("telegram-json", path);
            Assert.Empty(sink.Rejections);
            perFile[Path.GetFileName(path)] = sink.Posts.Count;
            total += sink.Posts.Count;
            // One channel per file, ids unique within it.
            Assert.Single(sink.Posts.Select(p => p.AccountId).Distinct());
            Assert.Equal(sink.Posts.Count, sink.Posts.Select(p => p.Id).Distinct().Count());
        }
        Assert.Equal(24, perFile.Count);
        Assert.Equal(22_099, total);
        Assert.Equal(967, perFile["1001000724666_messages.json"]);
        Assert.Equal(633, perFile["1001100158992_messages.json"]);
        Assert.Equal(596, perFile["1001966291562_messages.json"]);
    }

    [SharedDataFact(Raw + "/1001000724666_messages.json")]
    public void Maps_the_first_naked_science_post_field_by_field()
    {
        var path = SharedData.Path(Raw + "/1001000724666_messages.json");
        var sink = JsonTestSink.Import("telegram-json", path);
        var first = sink.Posts[0];
        Assert.Equal(Platform.Telegram, first.Platform);
        Assert.Equal("-1001000724666/11877", first.Id);
        Assert.Equal("-1001000724666", first.AccountId);
        Assert.Equal("Naked Science", first.Channel);
        Assert.Equal("2024-12-04T09:00:28.000Z", first.Time.ToString());
        Assert.Equal(TimePrecision.Second, first.Time.Precision);
        Assert.StartsWith("В Китае нашли ударный кратер", first.Text);
        Assert.Equal(["https://naked-science.ru/article/geology/v-kitae-nashli-udarnyj-kr"], first.Urls);
        Assert.Equal(new Provenance(path, 1), first.Provenance);
        // Markdown link targets are URLs too, taken once each.
        var withLink = sink.Posts.First(p => p.Text!.Contains("[выяснили](https://naked-science.ru/article/column/egiptyane-ne-tak-uzh-siln)"));
        Assert.Contains("https://naked-science.ru/article/column/egiptyane-ne-tak-uzh-siln", withLink.Urls);
        Assert.Equal(withLink.Urls.Length, withLink.Urls.Distinct().Count());
    }

    [Fact]
    public void Extracts_markdown_links_hashtags_and_mentions_and_reads_offsets()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("dump.json", """
            [
              {"message_id": 5, "sender_id": -100123, "text": "**Срочно** [читать](https://Example.com/a/?utm_source=tg) #Выборы @Channel_X и www.test.org/x.", "date": "2024-11-01T12:00:05+03:00", "channel": "Test", "category": "news"},
              {"message_id": 6, "sender_id": -100123, "text": "", "date": "2024-11-01T12:00:06Z", "channel": "Test"}
            ]
            """);
        var sink = JsonTestSink.Import("telegram-json", path);
        Assert.Empty(sink.Rejections);
        var p = sink.Posts[0];
        Assert.Equal("-100123/5", p.Id);
        Assert.Equal("2024-11-01T09:00:05.000Z", p.Time.ToString());
        Assert.Equal(["https://example.com/a", "https://test.org/x"], p.Urls);
        Assert.Equal(["выборы"], p.Hashtags);
        Assert.Equal(["channel_x"], p.Mentions);
        Assert.Empty(sink.Posts[1].Urls);
    }

    [Fact]
    public void Rejects_records_with_missing_or_wrong_fields_naming_record_and_field_and_carries_on()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("bad.json", """
            [
              {"message_id": 1, "sender_id": -1, "text": "ok", "date": "2024-11-01T12:00:00+00:00", "channel": "C"},
              {"sender_id": -1, "text": "no id", "date": "2024-11-01T12:00:00+00:00"},
              {"message_id": 3, "sender_id": -1, "text": "bad date", "date": "yesterday"},
              {"message_id": 4, "sender_id": -1, "text": ["not", "a string"], "date": "2024-11-01T12:00:00+00:00"},
              {"message_id": 5, "sender_id": -1, "text": "no date"},
              {"message_id": {"x": 1}, "sender_id": -1, "text": "object id", "date": "2024-11-01T12:00:00+00:00"},
              42,
              {"message_id": 8, "sender_id": -1, "text": "ok too", "date": "2024-11-01T12:00:00+00:00"}
            ]
            """);
        var sink = JsonTestSink.Import("telegram-json", path);
        Assert.Equal(["-1/1", "-1/8"], sink.Posts.Select(p => p.Id));
        Assert.Equal(8, sink.Posts[1].Provenance.Record);
        var r = sink.Rejections.Select(x => (x.Record, x.Field)).ToArray();
        Assert.Equal([(2L, "message_id"), (3L, "date"), (4L, "text"), (5L, "date"), (6L, "message_id"), (7L, "(record)")], r);
        Assert.All(sink.Rejections, x => Assert.Equal(path, x.SourceFile));
        Assert.Contains("line 4", sink.Rejections[1].Reason);
        Assert.Contains("yesterday", sink.Rejections[1].Reason);
        Assert.NotNull(sink.Rejections[1].Raw);
    }

    [Fact]
    public void A_truncated_file_gives_the_records_before_the_cut_and_one_rejection_with_line_and_column()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cut.json", "[\n {\"message_id\": 1, \"sender_id\": -1, \"text\": \"a\", \"date\": \"2024-11-01T12:00:00Z\"},\n {\"message_id\": 2, \"sender_id\": -1, \"te");
        var sink = JsonTestSink.Import("telegram-json", path);
        Assert.Single(sink.Posts);
        var bad = Assert.Single(sink.Rejections);
        Assert.Equal(2, bad.Record);
        Assert.Contains("invalid JSON at line 3", bad.Reason);
    }

    [Fact]
    public void Not_json_at_all_is_one_rejection_naming_line_and_column()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("x.json", "message_id,sender_id\n1,2\n");
        var sink = JsonTestSink.Import("telegram-json", path);
        Assert.Empty(sink.Posts);
        var bad = Assert.Single(sink.Rejections);
        Assert.Equal(1, bad.Record);
        Assert.Contains("line 1, column", bad.Reason);
    }

    [Fact]
    public void Json_lines_lose_only_a_broken_line_and_number_records_by_line()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("dump.jsonl",
            "{\"message_id\": 1, \"sender_id\": -1, \"text\": \"a\", \"date\": \"2024-11-01T12:00:00Z\"}\n" +
            "{\"message_id\": 2, \"sender_id\": -1, \"te\n" +
            "{\"message_id\": 3, \"sender_id\": -1, \"text\": \"c\", \"date\": \"2024-11-01T12:00:02Z\"}\n");
        Assert.Equal("telegram-json", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = JsonTestSink.Import("telegram-json", path);
        Assert.Equal(["-1/1", "-1/3"], sink.Posts.Select(p => p.Id));
        Assert.Contains("line 2", Assert.Single(sink.Rejections).Reason);
        Assert.Equal(3, sink.Posts[1].Provenance.Record);
        var bad = Assert.Single(sink.Rejections);
        Assert.Equal(2, bad.Record);
    }

    [Fact]
    public void Reads_gzip_with_a_bom_and_values_larger_than_the_buffer()
    {
        using var dir = new TempDirectory();
        var longText = new string('ж', 200_000) + " #конец";
        var json = "\uFEFF[{\"message_id\": 1, \"sender_id\": -1, \"text\": \"" + longText + "\", \"date\": \"2024-11-01T12:00:00Z\"}]";
        var path = dir.File("dump.json.gz");
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            gz.Write(Encoding.UTF8.GetBytes(json));
        Assert.Equal("telegram-json", ImporterRegistry.Detect(path).Importer?.Format);
        var sink = JsonTestSink.Import("telegram-json", path);
        Assert.Empty(sink.Rejections);
        Assert.Equal(longText, Assert.Single(sink.Posts).Text);
        Assert.Equal(["конец"], sink.Posts[0].Hashtags);
    }

    [Fact]
    public void Stops_when_the_sink_says_so()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("bad.json", """
            [{"message_id": 1}, {"message_id": 2, "sender_id": -1, "text": "a", "date": "2024-11-01T12:00:00Z"}]
            """);
        var sink = JsonTestSink.Import("telegram-json", path, stopOnReject: true);
        Assert.Single(sink.Rejections);
        Assert.Empty(sink.Posts);
    }
}
