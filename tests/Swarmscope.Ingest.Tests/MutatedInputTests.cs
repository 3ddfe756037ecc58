using System.Text;
using Swarmscope.Core;
using Swarmscope.Ingest.Tests.Json;
using Swarmscope.TestSupport;

namespace Swarmscope.Ingest.Tests;

/// <summary>
/// Every importer against thousands of damaged copies of good files: flipped, deleted and inserted bytes, cut
/// files, repeated spans, structural characters and extreme numbers dropped in. Text in exports is hostile input,
/// so whatever the damage, an importer either emits well-formed records and rejections with reasons, or fails
/// with the error the CLI reports as "FILE: import failed: ..." (InvalidDataException or FormatException, naming
/// the file). Anything else (an IndexOutOfRange, a System.Text.Json transcoding error, a UriFormatException from
/// a host name) would crash or fail a whole file without saying where; this test found both of the last two.
/// Seeded, so a failure names a case that can be replayed.
/// </summary>
public sealed class MutatedInputTests
{
    private const int MutationsPerSeed = 250;

    public static TheoryData<string, string> Seeds()
    {
        var data = new TheoryData<string, string>
        {
            { "twitter-v2.json", TwitterFixtures.V2Response },
            { "twitter-v1.json", TwitterFixtures.V1Array },
            { "vk-wall.json", VkImporterTests.WallGet },
            { "vk-comments.json", VkImporterTests.Comments },
            { "result.json", TelegramDesktopImporterTests.ChannelExport },
            { "ira.csv", "author_id,content,region,language,publish_date,harvested_date,following,followers,updates,post_type,retweet\n" +
                         "10_GOP,\"RT @x: Vote! #MAGA https://t.co/AbC?utm_source=x\",Unknown,English,10/1/2017 19:58,10/1/2017 19:59,1052,9636,253,RETWEET,1\n" +
                         "10_GOP,Second post @someone www.example.org/a/,United States,English,10/2/2017 08:00,10/2/2017 08:01,1053,9637,254,,0\n" },
            { "coortweet.csv", "object_id,account_id,content_id,timestamp_share\nA,u1,c1,1609459200\nA,u2,c2,1609459205\nB,u1,c3,1609459300\n" },
            { "qut.csv", "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n" +
                         "1,u1,Ann,,,hello #a,1600000000,https://a.com/x https://b.com\n2,u2,Ben,1,,RT @Ann: hello,1600000005,\n3,u3,Cy,,1,@Ann yes,1600000009,\n" },
            { "posts.csv", "platform,post_id,account_id,account_handle,time,kind,text,language,target_post_id,target_account_id,urls,hashtags,mentions,media_hashes,channel\n" +
                           "telegram,10,ch1,Chan,2024-03-01T10:00:00.000Z,forward,\"multi\nline, \"\"quoted\"\"\",ru,9,ch0,HTTP://Example.com/a/?utm_source=x https://b.org,#One two,@Bob,0123456789abcdef,news\n" +
                           "twitter,11,a,,2024-03-01T10:00:01.500Z,post,,,,,,,,,\n" },
            { "accounts.csv", "platform,account_id,handle,display_name,created_at,followers,following,post_count,description,profile_image_url,profile_image_hash,verified\n" +
                              "vk,42,ivan,Иван,2020-01-02T03:04:05.000Z,0,,17,bio,https://img/x.jpg,00ff00ff00ff00ff,true\nvk,43,,,,,,,,,,\n" },
        };
        // Heads of the real files, when the shared data is present: layouts the fixtures above do not cover.
        foreach (var (name, path) in new[]
                 {
                     ("io.csv", "io-state-trolls/fake_test.csv"), ("ira-original.csv", "ira-original-layout/IRAhandle_tweets_sample.csv"),
                     ("ct.csv", "crowdtangle/ct_output.csv"), ("profiles.csv", "ira/nbc_profiles.csv"),
                     ("telegram.json", "telegram-news-ru/raw/1001000724666_messages.json"), ("twibot.json", "twibot/TwiBot-20_sample.json"),
                 })
        {
            if (SharedData.Exists(path)) data.Add(name, Head(SharedData.Path(path)));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Damaged_files_give_records_or_a_clear_error_never_a_crash(string name, string content)
    {
        var original = Encoding.UTF8.GetBytes(content);
        using var dir = new TempDirectory();
        var path = dir.Write(name, content);
        var importer = ImporterRegistry.Detect(path).Importer;
        Assert.NotNull(importer);
        Assert.True(Run(importer, original, path, out var error).Records > 0, $"{name}: the unmutated seed gives no records");
        Assert.Null(error);

        var random = new Random(name.Length * 7919 + original.Length);
        for (var m = 0; m < MutationsPerSeed; m++)
        {
            var mutated = Mutate(original, random);
            var sink = Run(importer, mutated, path, out error);
            var replay = $"{name}, mutation {m} of seed {name.Length * 7919 + original.Length}";
            if (error is not null)
            {
                Assert.True(error is InvalidDataException or FormatException, $"{replay}: {error.GetType().Name}: {error.Message}\n{error.StackTrace}");
                Assert.Contains(path, error.Message);
            }
            Assert.True(sink.Problems.Count == 0, $"{replay}: {string.Join("; ", sink.Problems)}");
        }
    }

    /// <summary>About 40 KB cut at a line end: big enough for every layout, small enough for many mutations.</summary>
    private static string Head(string path)
    {
        var text = File.ReadAllText(path);
        if (text.Length <= 40_000) return text;
        var cut = text.IndexOf('\n', 40_000);
        return cut < 0 ? text : text[..(cut + 1)];
    }

    private static readonly string[] Tokens = ["-1", "99999999999999999999", "1e400", "null", "true", "\"\"", "[]", "{}", "0",
        "-9223372036854775808", "\"2020-13-45\"", "NaN", "\"", ",", "\n", "\r", "\0", "\\", "{", "[", ":", "\\ud800", "http://", "#", "@"];

    private static byte[] Mutate(byte[] source, Random r)
    {
        var b = new List<byte>(source);
        var n = 1 + r.Next(4);
        for (var i = 0; i < n && b.Count > 0; i++)
        {
            var p = r.Next(b.Count);
            switch (r.Next(8))
            {
                case 0: b[p] = (byte)r.Next(256); break;
                case 1: b[p] = (byte)(0x80 + r.Next(128)); break; // a stray continuation or lead byte
                case 2: b.RemoveAt(p); break;
                case 3: b.RemoveRange(p, Math.Min(b.Count - p, r.Next(1, 200))); break;
                case 4: b.RemoveRange(p, b.Count - p); break; // cut short
                case 5:
                    var from = r.Next(b.Count);
                    b.InsertRange(p, b.GetRange(from, Math.Min(r.Next(1, 300), b.Count - from)));
                    break;
                default: b.InsertRange(p, Encoding.UTF8.GetBytes(Tokens[r.Next(Tokens.Length)])); break;
            }
        }
        return [.. b];
    }

    private static CheckingSink Run(IPlatformImporter importer, byte[] bytes, string path, out Exception? error)
    {
        var sink = new CheckingSink();
        error = null;
        try { importer.Import(new MemoryStream(bytes), new ImportContext { SourceFile = path }, sink); }
        catch (Exception e) { error = e; }
        return sink;
    }

    /// <summary>Checks each record as it arrives: the invariants the store and the analyses rely on.</summary>
    private sealed class CheckingSink : IRecordSink
    {
        public int Records { get; private set; }
        public List<string> Problems { get; } = [];
        public bool Stopped => false;

        public void Post(Post p)
        {
            Records++;
            if (string.IsNullOrEmpty(p.Id)) Problems.Add("a post without id");
            if (string.IsNullOrEmpty(p.AccountId)) Problems.Add($"post {p.Id} without account");
            if (p.Provenance.SourceFile is null || p.Provenance.Record < 0) Problems.Add($"post {p.Id} without provenance");
            if (p.Urls is null || p.Hashtags is null || p.Mentions is null || p.MediaHashes is null) Problems.Add($"post {p.Id}: a null list");
            else if (p.Urls.Concat(p.Hashtags).Concat(p.Mentions).Concat(p.MediaHashes).Any(string.IsNullOrEmpty)) Problems.Add($"post {p.Id}: an empty list element");
            foreach (var u in p.Urls ?? []) if (!u.StartsWith("https://", StringComparison.Ordinal)) Problems.Add($"post {p.Id}: URL '{u}' not canonical");
        }

        public void Account(Account a)
        {
            Records++;
            if (string.IsNullOrEmpty(a.Id)) Problems.Add("an account without id");
        }

        public void Rejected(RejectedRecord r)
        {
            if (string.IsNullOrWhiteSpace(r.Reason)) Problems.Add($"record {r.Record} rejected without a reason");
        }
    }
}
