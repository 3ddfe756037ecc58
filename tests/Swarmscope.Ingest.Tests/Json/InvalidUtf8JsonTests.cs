using System.Text;
using System.Text.Json;
using Swarmscope.Ingest.Json;

namespace Swarmscope.Ingest.Tests.Json;

/// <summary>
/// JSON exports truncated mid-character or written by lax tools hold invalid UTF-8 and escaped lone surrogates.
/// System.Text.Json throws on such a string, which used to fail the whole file with a message naming no record
/// (found by mutating the fixtures). Such text is now kept with U+FFFD, as the CSV importers keep it.
/// </summary>
public sealed class InvalidUtf8JsonTests
{
    public static TheoryData<string, string> Fixtures => new()
    {
        { "twitter-v2", TwitterFixtures.V2Response },
        { "twitter-v1", TwitterFixtures.V1Array },
        { "vk", VkImporterTests.WallGet },
        { "telegram-desktop", TelegramDesktopImporterTests.ChannelExport },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Invalid_utf8_in_text_becomes_U_FFFD_and_every_record_is_kept(string format, string fixture) =>
        AssertKeptWithReplacement(format, fixture, [0xC3, 0x28, 0xFF]);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void An_escaped_lone_surrogate_in_text_becomes_U_FFFD_and_every_record_is_kept(string format, string fixture) =>
        AssertKeptWithReplacement(format, fixture, "\\ud800"u8.ToArray());

    [Fact]
    public void Telegram_json_arrays_keep_messages_with_invalid_utf8()
    {
        var json = """[{"message_id": 1, "sender_id": -100, "text": "ok", "date": "2024-11-01T10:00:00+00:00", "channel": "c"}, {"message_id": 2, "sender_id": -100, "text": "BAD", "date": "2024-11-01T10:01:00+00:00", "channel": "c"}]""";
        var bytes = Replace(Encoding.UTF8.GetBytes(json), "BAD"u8.ToArray(), [(byte)'x', 0xE2, 0x82]);
        var sink = Import("telegram-json", bytes);
        Assert.Equal(2, sink.Posts.Count);
        Assert.Equal("x\uFFFD", sink.Posts[1].Text);
    }

    [Theory]
    [InlineData("\"plain\"", "plain")]
    [InlineData("\"a\\nb\\t\\\"q\\\" \\\\ \\/\"", "a\nb\t\"q\" \\ /")]
    [InlineData("\"\\ud83d\\ude00 pair\"", "\U0001F600 pair")]
    [InlineData("\"lone \\ud800 high\"", "lone \uFFFD high")]
    [InlineData("\"lone \\udc00 low\"", "lone \uFFFD low")]
    [InlineData("\"\\u00e9t\\u00E9\"", "été")]
    public void Lenient_decoding_unescapes_like_the_reader_and_replaces_what_it_refuses(string json, string expected)
    {
        Assert.Equal(expected, JsonText.Lenient(Encoding.UTF8.GetBytes(json)));
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(expected, JsonText.Of(doc.RootElement));
    }

    [Fact]
    public void Invalid_bytes_decode_to_one_replacement_each_way_the_csv_reader_does()
    {
        byte[] json = [(byte)'"', (byte)'a', 0xC3, 0x28, (byte)'b', 0xFF, (byte)'"'];
        using var doc = JsonDocument.Parse(json);
        Assert.Throws<InvalidOperationException>(() => doc.RootElement.GetString()); // what made whole files fail
        Assert.Equal(Encoding.UTF8.GetString(json[1..^1]), JsonText.Of(doc.RootElement));
        Assert.Equal("a\uFFFD(b\uFFFD", JsonText.Of(doc.RootElement));
    }

    private static void AssertKeptWithReplacement(string format, string fixture, byte[] inserted)
    {
        var clean = Import(format, Encoding.UTF8.GetBytes(fixture));
        var dirty = Import(format, Replace(Encoding.UTF8.GetBytes(fixture), "\"text\": \""u8.ToArray(), [.. "\"text\": \""u8, .. inserted]));
        Assert.NotEmpty(clean.Posts);
        Assert.Equal(clean.Posts.Select(p => p.Id), dirty.Posts.Select(p => p.Id));
        Assert.Equal(clean.Accounts.Count, dirty.Accounts.Count);
        Assert.Equal(clean.Rejections.Count, dirty.Rejections.Count);
        Assert.Contains(dirty.Posts, p => p.Text?.Contains('\uFFFD') == true);
        Assert.DoesNotContain(dirty.Posts, p => p.Text is { } t && HasLoneSurrogate(t));
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else if (char.IsSurrogate(s[i])) return true;
        }
        return false;
    }

    private static JsonTestSink Import(string format, byte[] bytes)
    {
        var sink = new JsonTestSink();
        ImporterRegistry.Find(format)!.Import(new MemoryStream(bytes), new ImportContext { SourceFile = "mem.json" }, sink);
        return sink;
    }

    private static byte[] Replace(byte[] source, byte[] find, byte[] with)
    {
        var result = new List<byte>(source.Length + 64);
        var span = source.AsSpan();
        int i;
        while ((i = span.IndexOf(find)) >= 0)
        {
            result.AddRange(span[..i]);
            result.AddRange(with);
            span = span[(i + find.Length)..];
        }
        result.AddRange(span);
        return [.. result];
    }
}
