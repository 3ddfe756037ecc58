using System.Security.Cryptography;
using Swarmscope.TestSupport;

namespace Swarmscope.Cli.Tests;

/// <summary>
/// Issue 13's fuzz test: each command on random option values (hostile numbers, unknown names, the store, an input
/// or a folder as an output) and random small stores with hostile texts, seeded and bounded in time. Asserted: no
/// unhandled exception (exit 0, 1 or 2, never a trace), no file outside the named outputs changed, and the store
/// unchanged by every command but import and, the commands that record their run in it (issue 12), unless their command line is refused.
/// </summary>
public sealed class CommandFuzzTests : IDisposable
{
    private const string PostsHeader = "platform,post_id,account_id,account_handle,time,kind,text,language,target_post_id,target_account_id,urls,hashtags,mentions,media_hashes,channel";
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(90);
    private readonly TempDirectory _dir = new();
    public void Dispose() => _dir.Dispose();

    private static readonly Dictionary<string, string[]> Options = new()
    {
        ["stats"] = ["--json", "--quiet"],
        ["detect"] = ["--out", "--behaviours", "--window", "--fast-window", "--min-participation", "--alpha", "--min-weight", "--percentile", "--seed", "--timezone", "--evidence", "--json"],
        ["score"] = ["--out", "--timezone", "--method", "--seed", "--model", "--clusters", "--farms-out", "--photos", "--near-duplicates", "--bursts", "--top", "--json"],
        ["train"] = ["--labels", "--out", "--timezone", "--folds", "--seed", "--exclude", "--json"],
        ["narratives"] = ["--out", "--clusters", "--period", "--min-posts", "--json"],
    };

    private static readonly string[] Words =
        ["", "0", "-1", "1", "2", "3", "0.5", "1.5", "10s", "60s", "1h", "7d", "NaN", "Infinity", "-Infinity", "1e400", "99999999999", "abc",
         "Asia/Almaty", "Mars/Olympus", "UTC", "corepost", "corepost,colink", "nosuch", "robust", "iforest", "day", "week", "followers_log",
         "\u202e\u001b[31m", "=cmd|' /C calc'!A0"];

    [Fact]
    public void Random_options_on_random_stores_never_crash_and_never_touch_what_they_should_not()
    {
        var rng = new Random(13);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var runs = 0;
        for (var store = 0; clock.Elapsed < Budget; store++)
        {
            var case_ = Directory.CreateDirectory(_dir.File($"case{store}")).FullName;
            var db = Path.Combine(case_, "inv.duckdb");
            var posts = Path.Combine(case_, "posts.csv");
            File.WriteAllText(posts, RandomPosts(rng));
            var labels = Path.Combine(case_, "labels.csv");
            File.WriteAllText(labels, "account,label\nfarm0,1\nfarm1,1\nperson0,0\nperson1,0\n");
            Directory.CreateDirectory(Path.Combine(case_, "folder"));
            var import = CliRun.Run("import", posts, "--db", db, "--skip-bad", Path.Combine(case_, "rejected.csv"));
            AssertNoCrash(import, "import");
            if (!File.Exists(db)) continue;
            string[] paths = [db, posts, labels, Path.Combine(case_, "folder"), Path.Combine(case_, "missing.csv"), Path.Combine(case_, "out-new")];
            for (var k = 0; k < 4 && clock.Elapsed < Budget; k++, runs++)
            {
                var command = Options.Keys.ElementAt(rng.Next(Options.Count));
                var args = new List<string> { command, "--db", db };
                var outputs = new List<string>();
                foreach (var option in Options[command].OrderBy(_ => rng.Next()).Take(rng.Next(4)))
                {
                    args.Add(option);
                    if (option is "--json" or "--quiet") continue;
                    var value = option is "--out" or "--farms-out" or "--labels" or "--clusters" or "--model" or "--photos" or "--near-duplicates" or "--bursts" && rng.Next(3) > 0
                        ? paths[rng.Next(paths.Length)]
                        : Words[rng.Next(Words.Length)];
                    args.Add(value);
                    if (option is "--out" or "--farms-out") outputs.Add(value);
                }
                if (command == "train" && !args.Contains("--labels")) args.AddRange(["--labels", labels]);
                // score and train write beside the store when no --out is given; name one so every write is named.
                if (command is "score" or "train" && !args.Contains("--out")) { var o = Path.Combine(case_, $"out{runs}.csv"); args.AddRange(["--out", o]); outputs.Add(o); }
                if (command is "detect" or "narratives" && !args.Contains("--out")) { var o = Path.Combine(case_, $"out{runs}"); args.AddRange(["--out", o]); outputs.Add(o); }
                if (command == "score") outputs.Add(Path.Combine(case_, "farms.csv"));

                // detect, score and narratives open the store to record their run (a failed run's atomicity is
                // KilledDetectionTests' job: DuckDB may rewrite its file on open); a refused command line must not touch it.
                var recordsRun = command is "detect" or "score" or "narratives";
                var before = Snapshot(case_);
                var r = CliRun.Run([.. args]);
                var what = "swarmscope " + string.Join(' ', args);
                AssertNoCrash(r, what);
                var after = Snapshot(case_);
                foreach (var (file, hash) in before)
                {
                    if (IsOutput(file, outputs)) continue;
                    if (recordsRun && r.Exit != 2 && file == db) continue;
                    Assert.True(after.TryGetValue(file, out var now) && now == hash, $"{what} changed or removed {file} (exit {r.Exit}: {r.Err})");
                }
                foreach (var file in after.Keys.Where(f => !before.ContainsKey(f)))
                    Assert.True(IsOutput(file, outputs) || file.EndsWith(".wal", StringComparison.Ordinal), $"{what} created {file}, which no option named");
            }
        }
        Assert.True(runs >= 4, $"only {runs} runs in {Budget}");
    }

    private static bool IsOutput(string file, List<string> outputs) =>
        outputs.Any(o => file == o || file.StartsWith(o.TrimEnd('/') + "/", StringComparison.Ordinal) || file.StartsWith(o + ".", StringComparison.Ordinal));

    private static void AssertNoCrash(CliResult r, string what)
    {
        Assert.True(r.Exit is 0 or 1 or 2, $"{what}: exit {r.Exit}\n{r.Err}");
        Assert.False(r.Err.Contains("   at ", StringComparison.Ordinal), $"{what}: a trace\n{r.Err}");
        var all = r.Out + r.Err;
        Assert.False(all.Contains('\u001b') || all.Contains('\u202e'), $"{what}: a raw escape or U+202E reached the terminal:\n{all}");
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private static string RandomPosts(Random rng)
    {
        string[] texts = ["hello world", "the same slogan again #vote", "\u202eevil\u202c text", "\u001b[31mred\u001b[0m", "=HYPERLINK(\"x\")", "@bot look https://t.co/x", ""];
        var lines = new List<string> { PostsHeader };
        var n = rng.Next(0, 60);
        for (var i = 0; i < n; i++)
        {
            var account = rng.Next(3) == 0 ? $"farm{rng.Next(4)}" : $"person{rng.Next(20)}";
            var handle = rng.Next(8) == 0 ? "\"=\u202e" + account + "\"" : account;
            var time = new DateTime(2024, 3, 1).AddSeconds(rng.Next(0, 86_400 * (1 + rng.Next(30))));
            var text = texts[rng.Next(texts.Length)].Replace("\"", "\"\"");
            var kind = rng.Next(3) == 0 ? "repost" : "post";
            var target = kind == "repost" ? (9000 + rng.Next(5)).ToString() : "";
            lines.Add($"twitter,{i + 1},{account},{handle},{time:yyyy-MM-ddTHH:mm:ss}Z,{kind},\"{text}\",en,{target},{(target.Length > 0 ? "origin" : "")},,,,,");
        }
        if (rng.Next(4) == 0) lines.Add("twitter,broken,line");
        return string.Join("\n", lines) + "\n";
    }
}
