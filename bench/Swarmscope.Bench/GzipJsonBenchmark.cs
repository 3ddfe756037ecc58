using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Swarmscope.Core;
using Swarmscope.Ingest;

namespace Swarmscope.Bench;

/// <summary>
/// Gzipped JSON against the same JSON plain: detect + decompress + parse + normalize into a counting sink, for the two
/// shapes that were slow gzipped (issue 13): one VK wall.get response holding every item (one record of tens of MB)
/// and Twitter API v2 pages written by twarc2 (one page of 100 tweets with its includes per line). Prints seconds for
/// each and the ratio gzip/plain; the target is within 1.2. Files are synthetic, written to a temp folder.
/// `json-gzip [--vk-items N] [--v2-tweets N] [--repeat N]`.
/// </summary>
public static class GzipJsonBenchmark
{
    public static int Run(string[] args)
    {
        var vkItems = Option(args, "--vk-items", 50_000);
        var v2Tweets = Option(args, "--v2-tweets", 100_000);
        var repeat = Option(args, "--repeat", 3);
        var dir = Path.Combine(Path.GetTempPath(), $"swarmscope-json-gzip-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        try
        {
            var vk = Path.Combine(dir, "wall.json");
            WriteVk(vk, vkItems);
            var v2 = Path.Combine(dir, "tweets.jsonl");
            WriteTwitterV2(v2, v2Tweets);
            foreach (var plain in new[] { vk, v2 })
            {
                var gz = Gzip(plain);
                Console.WriteLine($"{Path.GetFileName(plain)}: {new FileInfo(plain).Length / 1e6:F1} MB plain, {new FileInfo(gz).Length / 1e6:F1} MB gzipped");
                // Interleaved, so drift in the machine's speed falls on both alike; the fastest of each is compared.
                var plainSeconds = new List<double>();
                var gzSeconds = new List<double>();
                long posts = 0;
                for (var r = 0; r < repeat; r++)
                {
                    (var s, posts) = Parse(plain);
                    plainSeconds.Add(s);
                    var (g, gzPosts) = Parse(gz);
                    gzSeconds.Add(g);
                    if (gzPosts != posts) { Console.Error.WriteLine($"gzip read {gzPosts:N0} posts, plain {posts:N0}"); return 1; }
                }
                plainSeconds.Sort();
                gzSeconds.Sort();
                Console.WriteLine($"  {posts:N0} posts: plain fastest {plainSeconds[0]:F2} s (median {plainSeconds[repeat / 2]:F2}), " +
                                  $"gzip fastest {gzSeconds[0]:F2} s (median {gzSeconds[repeat / 2]:F2}); " +
                                  $"gzip/plain {gzSeconds[0] / plainSeconds[0]:F2} (fastest), {gzSeconds[repeat / 2] / plainSeconds[repeat / 2]:F2} (median)");
            }
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;
    }

    private static (double Seconds, long Posts) Parse(string file)
    {
        var clock = Stopwatch.StartNew();
        var (importer, _) = ImporterRegistry.Detect(file);
        if (importer is null) throw new InvalidOperationException($"{file}: not recognised");
        var sink = new CountingSink();
        using (var stream = ImporterRegistry.OpenDecompressed(file))
            importer.Import(stream, new ImportContext { SourceFile = file }, sink);
        if (sink.Bad > 0) throw new InvalidOperationException($"{file}: {sink.Bad} records rejected");
        return (clock.Elapsed.TotalSeconds, sink.Posts);
    }

    private static string Gzip(string plain)
    {
        var gz = plain + ".gz";
        using var input = File.OpenRead(plain);
        using var output = new GZipStream(File.Create(gz), CompressionLevel.Fastest);
        input.CopyTo(output);
        return gz;
    }

    private static readonly string[] Words = ["выбор", "страна", "голосуй", "новый", "Казахстан", "vote", "today", "future", "народ", "мир", "#выборы", "@news"];

    private static string Text(Random r)
    {
        var sb = new StringBuilder();
        for (var w = r.Next(10, 40); w > 0; w--) sb.Append(Words[r.Next(Words.Length)]).Append(' ');
        return sb.ToString();
    }

    /// <summary>One wall.get response with every item in it, as a collector saves a whole wall.</summary>
    private static void WriteVk(string path, int items)
    {
        var r = new Random(1);
        using var stream = File.Create(path);
        using var w = new Utf8JsonWriter(stream);
        w.WriteStartObject();
        w.WriteStartObject("response");
        w.WriteNumber("count", items);
        w.WriteStartArray("items");
        for (var i = 0; i < items; i++)
        {
            w.WriteStartObject();
            w.WriteNumber("id", i + 1);
            w.WriteNumber("owner_id", -1000);
            w.WriteNumber("from_id", r.Next(1, 50_000));
            w.WriteNumber("date", 1_700_000_000 + i * 37L);
            w.WriteString("post_type", "post");
            w.WriteString("text", Text(r));
            w.WriteStartObject("likes"); w.WriteNumber("count", r.Next(1000)); w.WriteEndObject();
            w.WriteStartObject("reposts"); w.WriteNumber("count", r.Next(100)); w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("profiles");
        for (var p = 1; p < 2000; p++)
        {
            w.WriteStartObject();
            w.WriteNumber("id", p);
            w.WriteString("first_name", "Имя" + p);
            w.WriteString("last_name", "Фамилия");
            w.WriteString("screen_name", "id" + p);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>twarc2 output: one API page (100 tweets, their authors in includes) per line.</summary>
    private static void WriteTwitterV2(string path, int tweets)
    {
        var r = new Random(2);
        using var stream = File.Create(path);
        var id = 1_500_000_000_000_000_000L;
        for (var done = 0; done < tweets;)
        {
            using (var w = new Utf8JsonWriter(stream))
            {
                w.WriteStartObject();
                w.WriteStartArray("data");
                var authors = new HashSet<int>();
                for (var i = 0; i < 100 && done < tweets; i++, done++)
                {
                    var author = r.Next(1, 20_000);
                    authors.Add(author);
                    w.WriteStartObject();
                    w.WriteString("id", (id++).ToString());
                    w.WriteString("text", Text(r));
                    w.WriteString("author_id", author.ToString());
                    w.WriteString("created_at", DateTimeOffset.FromUnixTimeSeconds(1_700_000_000 + done * 11L).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"));
                    w.WriteString("lang", "ru");
                    w.WriteStartObject("public_metrics");
                    w.WriteNumber("retweet_count", r.Next(100)); w.WriteNumber("reply_count", r.Next(10)); w.WriteNumber("like_count", r.Next(1000));
                    w.WriteEndObject();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartObject("includes");
                w.WriteStartArray("users");
                foreach (var a in authors)
                {
                    w.WriteStartObject();
                    w.WriteString("id", a.ToString());
                    w.WriteString("username", "user" + a);
                    w.WriteString("name", "User " + a);
                    w.WriteString("created_at", "2019-01-01T00:00:00.000Z");
                    w.WriteString("description", Text(r));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteStartObject("meta");
                w.WriteNumber("result_count", 100);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            stream.WriteByte((byte)'\n');
        }
    }

    private sealed class CountingSink : IRecordSink
    {
        public long Posts, Bad;
        public void Account(Account account) { }
        public void Post(Post post) => Posts++;
        public void Rejected(RejectedRecord rejected) => Bad++;
        public bool Stopped => false;
    }
}
