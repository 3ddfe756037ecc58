using System.Text;
using Swarmscope.Ingest;
using Swarmscope.Ingest.Json;

namespace Swarmscope.Ingest.Tests.Json;

public sealed class JsonSniffTests
{
    private static readonly string[] JsonFormats = ["telegram-desktop", "telegram-json", "twibot20", "twitter-v1", "twitter-v2", "vk"];

    public static TheoryData<string, string> Fixtures() => new()
    {
        { "twitter-v2", TwitterFixtures.V2Response },
        { "twitter-v2", """[{"id": "u1", "username": "a", "name": "A", "public_metrics": {"followers_count": 1}}]""" },
        { "twitter-v2", """{"id": "1", "text": "t", "author_id": "2", "created_at": "2022-01-01T00:00:00Z"}""" },
        { "twitter-v1", TwitterFixtures.V1Array },
        { "twitter-v1", """{"statuses": [{"id_str": "1", "created_at": "Wed Oct 10 20:19:24 +0000 2018", "text": "t", "user": {"id_str": "2", "screen_name": "s"}}]}""" },
        { "twibot20", """[{"ID": "1", "profile": {"id_str": "1 ", "screen_name": "x "}, "tweet": null, "neighbor": null, "domain": []}]""" },
        { "telegram-desktop", TelegramDesktopImporterTests.ChannelExport },
        { "telegram-json", """[{"message_id": 1, "sender_id": -1, "text": "t", "date": "2024-01-01T00:00:00Z", "channel": "c"}]""" },
        { "vk", VkImporterTests.WallGet },
        { "vk", VkImporterTests.Comments },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Each_fixture_is_claimed_confidently_by_its_importer_alone(string format, string json)
    {
        var head = Encoding.UTF8.GetBytes(json);
        foreach (var name in JsonFormats)
        {
            var score = ImporterRegistry.Find(name)!.Sniff("file.json", head);
            if (name == format) Assert.True(score >= 0.9, $"{name} scored {score} on its own fixture");
            else Assert.True(score < 0.5, $"{name} scored {score} on a {format} fixture");
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Truncated_heads_never_throw_and_never_mislead(string format, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        for (var cut = 0; cut < bytes.Length; cut += 7)
        {
            var head = bytes.AsSpan(0, cut);
            foreach (var name in JsonFormats)
            {
                var score = ImporterRegistry.Find(name)!.Sniff("file.json", head);
                Assert.InRange(score, 0, 1);
                if (name != format) Assert.True(score < 0.5, $"{name} scored {score} on a {format} fixture cut at {cut}");
            }
        }
    }

    [Fact]
    public void Garbage_csv_and_empty_input_score_zero()
    {
        var rng = new Random(42);
        var noise = new byte[65536];
        rng.NextBytes(noise);
        byte[][] inputs =
        [
            [], noise, Encoding.UTF8.GetBytes("tweetid,userid,tweet_text\n1,2,\"hi\"\n"),
            Encoding.UTF8.GetBytes("{\"a\": [1, 2, {\"b\": null}]}"), Encoding.UTF8.GetBytes("\uFEFF  \n"),
            Encoding.UTF8.GetBytes(new string('[', 5000)),
        ];
        foreach (var input in inputs)
            foreach (var name in JsonFormats)
                Assert.Equal(0, ImporterRegistry.Find(name)!.Sniff("x", input));
    }

    [Fact]
    public void Head_shape_sees_paths_through_arrays()
    {
        var shape = JsonHeadShape.Of(Encoding.UTF8.GetBytes("""{"response": {"items": [{"owner_id": 1, "copy_history": [{"id": 2}]}]}}"""));
        Assert.True(shape.IsJson);
        Assert.True(shape.HasAll("response", "response.items", "response.items.owner_id", "response.items.copy_history.id"));
        Assert.False(shape.Has("owner_id"));
    }
}
