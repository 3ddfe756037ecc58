using System.Text.Json;
using Swarmscope.TestSupport;

namespace Swarmscope.Cli.Tests;

/// <summary>
/// Unix conventions of every command: refusals of bad command lines (exit 2, naming the option), errors on standard
/// error and tables on standard output, and the one rule for files a command writes (never onto the store, an input
/// or a folder, even through a link).
/// </summary>
public sealed class CliConventionTests : IDisposable
{
    private const string PostsHeader = "platform,post_id,account_id,account_handle,time,kind,text,language,target_post_id,target_account_id,urls,hashtags,mentions,media_hashes,channel";
    private readonly TempDirectory _dir = new();
    public void Dispose() => _dir.Dispose();

    private string Db => _dir.File("inv.duckdb");

    /// <summary>A small store (five accounts reposting the same posts, twenty posting their own), made through the CLI itself.</summary>
    private string MakeStore()
    {
        var rows = new List<string>();
        var id = 1;
        for (var i = 0; i < 30; i++)
            for (var a = 0; a < 5; a++)
                rows.Add($"twitter,{id++},farm{a},farm{a},2024-03-01T{10 + i / 6:D2}:{i % 6 * 10:D2}:{a:D2}.000Z,repost,RT,en,{9000 + i},origin,,,,,");
        for (var o = 0; o < 20; o++)
            rows.Add($"twitter,{id++},person{o},person{o},2024-03-0{1 + o % 5}T0{o % 10}:00:00.000Z,post,\"person {o} writes about the new bus route, the queues and the price of bread in Almaty this week\",en,,,,,,,");
        var file = _dir.Write("posts.csv", PostsHeader + "\n" + string.Join("\n", rows) + "\n");
        Assert.Equal(0, CliRun.Run("import", file, "--db", Db).Exit);
        return file;
    }

    private static void AssertUsage(CliResult r, params string[] named)
    {
        Assert.True(r.Exit == 2, $"exit {r.Exit}; stderr: {r.Err}");
        Assert.Equal("", r.Out);
        foreach (var n in named) Assert.Contains(n, r.Err);
    }

    [Fact]
    public void Bad_command_lines_are_refused_with_exit_2_naming_the_option_and_the_valid_values()
    {
        MakeStore();
        var f = _dir.File("findings");
        AssertUsage(CliRun.Run("detect", "--db", Db, "--out", f, "--semantics", "coortweet"), "semantics");
        AssertUsage(CliRun.Run("detect", "--db", Db, "--out", f, "--window"), "--window needs a value");
        AssertUsage(CliRun.Run("detect", "--db", Db, "--window", "--out", f), "--window needs a value");
        AssertUsage(CliRun.Run("detect", "--db", Db, "--out", f, "--alpha", "NaN"), "--alpha", "NaN");
        AssertUsage(CliRun.Run("detect", "--db", Db, "--out", f, "--alpha", "Infinity"), "--alpha");
        AssertUsage(CliRun.Run("detect", "--db", Db, "--out", f, "--alpha", "0"), "--alpha");
        AssertUsage(CliRun.Run("detect", "--db", Db, "--out", f, "--window", "0"), "--window", "positive duration");
        AssertUsage(CliRun.Run("detect", "--db", Db, "--out", f, "--window", "-5m"), "--window");
        AssertUsage(CliRun.Run("detect", "--db", Db, "--out", f, "--evidence", "-1"), "--evidence must be at least 0");
        AssertUsage(CliRun.Run("detect", "--db", Db, "--out", f, "--behaviours", "corepost,telepathy"), "telepathy", "sametext");
        AssertUsage(CliRun.Run("detect", "--db", Db, "--out", f, "--seed", "1.5"), "--seed expects a whole number", "1.5");
        AssertUsage(CliRun.Run("detect", "--db", Db, "--out", f, "--timezone", "Mars/Olympus"), "Mars/Olympus");
        AssertUsage(CliRun.Run("export", "--db", Db), "--out is required");
        AssertUsage(CliRun.Run("export", "--db", Db, "--out", f, "--evidence", "-1"), "--evidence must be at least 0");
        AssertUsage(CliRun.Run("export", "--db", Db, "--out", f, "--run", "0"), "--run must be at least 1");
        AssertUsage(CliRun.Run("export", "--db", Db, "--out", f, "--cluster", "x"), "--cluster", "'x'");
        AssertUsage(CliRun.Run("report", "--db", Db), "--out is required");
        AssertUsage(CliRun.Run("report", "--db", Db, "--out", _dir.File("r.html"), "--run", "0"), "--run must be at least 1");
        AssertUsage(CliRun.Run("report", "--db", Db, "--out", _dir.File("r.html"), "--timezone", "Mars/Olympus"), "Mars/Olympus");
        AssertUsage(CliRun.Run("report", "--db", Db, "--out", _dir.File("r.html"), "--charts"), "charts");
        AssertUsage(CliRun.Run("runs", "--db", Db, "--kind", "detect"), "kind");
        AssertUsage(CliRun.Run("score", "--db", Db, "--out", _dir.File("a.csv"), "--run", "-3"), "--run must be at least 1");
        AssertUsage(CliRun.Run("score", "--db", Db, "--out", _dir.File("a.csv"), "--top", "-1"), "--top must be at least 0");
        AssertUsage(CliRun.Run("score", "--db", Db, "--out", _dir.File("a.csv"), "--method", "magic"), "robust", "iforest");
        AssertUsage(CliRun.Run("simulate", "--out", _dir.File("sim"), "--scale", "huge"), "small", "medium", "large");
        AssertUsage(CliRun.Run("train", "--labels", "l.csv", "--db", Db, "--out", "m.json", "--folds", "1"), "--folds must be at least 2");
        AssertUsage(CliRun.Run("nonsense"), "nonsense");
        Assert.False(Directory.Exists(f));
    }

    [Fact]
    public void Every_command_has_help_with_an_example()
    {
        foreach (var command in new[] { "demo", "import", "stats", "formats", "detect", "score", "runs", "export", "report", "train", "simulate" })
        {
            var r = CliRun.Run(command, "--help");
            Assert.True(r.Exit == 0, $"{command} --help: exit {r.Exit} {r.Err}");
            Assert.Contains("EXAMPLES", r.Out);
            Assert.Contains("swarmscope " + command, r.Out);
            Assert.Equal("", r.Err);
        }
        Assert.Equal(0, CliRun.Run("--help").Exit);
    }

    [Fact]
    public void Errors_go_to_standard_error_and_tables_to_standard_output()
    {
        var bad = _dir.Write("bad.csv", PostsHeader + "\ntwitter,1,a,a,not-a-time,post,hi,en,,,,,,,\n");
        var failed = CliRun.Run("import", bad, "--db", Db);
        Assert.Equal(1, failed.Exit);
        Assert.Contains("not-a-time", failed.Err);
        Assert.DoesNotContain("error", failed.Out);
        Assert.Single(failed.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("error:", StringComparison.Ordinal));

        MakeStore();
        var stats = CliRun.Run("stats", "--db", Db);
        Assert.Equal(0, stats.Exit);
        Assert.Contains("posts", stats.Out);
        Assert.Equal("", stats.Err);

        var detect = CliRun.Run("detect", "--db", Db, "--out", _dir.File("findings"));
        Assert.Equal(0, detect.Exit);
        Assert.Contains("behaviour", detect.Out);
        Assert.DoesNotContain("error", detect.Err);

        var quiet = CliRun.Run("detect", "--db", Db, "--out", _dir.File("findings"), "--quiet");
        Assert.Equal((0, ""), (quiet.Exit, quiet.Out));

        var json = CliRun.Run("detect", "--db", Db, "--out", _dir.File("findings"), "--json");
        using var doc = JsonDocument.Parse(json.Out);
        Assert.True(doc.RootElement.GetProperty("posts").GetInt32() > 100);
        Assert.Contains(doc.RootElement.GetProperty("layers").EnumerateArray(), l => l.GetProperty("behaviour").GetString() == "corepost");

        var missing = CliRun.Run("stats", "--db", _dir.File("missing.duckdb"));
        Assert.Equal((1, ""), (missing.Exit, missing.Out));
        Assert.Contains("missing.duckdb", missing.Err);
        Assert.False(File.Exists(_dir.File("missing.duckdb")));
    }

    [Fact]
    public void Outputs_onto_the_store_an_input_or_a_folder_are_refused_and_nothing_changes()
    {
        var posts = MakeStore();
        var store = File.ReadAllBytes(Db);
        var labels = _dir.Write("labels.csv", "account,label\nfarm0,1\nfarm1,1\nperson1,0\nperson2,0\n");
        var labelBytes = File.ReadAllBytes(labels);

        AssertUsage(CliRun.Run("score", "--db", Db, "--out", Db), "investigation store");
        AssertUsage(CliRun.Run("train", "--labels", labels, "--db", Db, "--out", Db), "investigation store");
        AssertUsage(CliRun.Run("train", "--labels", labels, "--db", Db, "--out", labels), "input");
        File.CreateSymbolicLink(_dir.File("rej.csv"), Db);
        AssertUsage(CliRun.Run("import", posts, "--db", Db, "--skip-bad", _dir.File("rej.csv")), "investigation store");
        Directory.CreateDirectory(_dir.File("folder"));
        AssertUsage(CliRun.Run("score", "--db", Db, "--out", _dir.File("folder")), "is a folder");
        AssertUsage(CliRun.Run("import", posts, "--db", Db, "--skip-bad", _dir.File("folder")), "is a folder");
        var existing = _dir.Write("existing.txt", "keep me");
        AssertUsage(CliRun.Run("detect", "--db", Db, "--out", existing), "is a file");

        Assert.Equal(store, File.ReadAllBytes(Db));
        Assert.Equal(labelBytes, File.ReadAllBytes(labels));
        Assert.Equal("keep me", File.ReadAllText(existing));
        Assert.True(File.ResolveLinkTarget(_dir.File("rej.csv"), false) is not null);
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_is_one_line_and_exit_1()
    {
        MakeStore();
        var file = _dir.Write("plain.txt", "x");
        var r = CliRun.Run("detect", "--db", Db, "--out", Path.Combine(file, "findings"));
        Assert.True(r.Exit == 1, $"exit {r.Exit}: {r.Err}");
        Assert.Equal("", r.Out);
        Assert.Contains("plain.txt", r.Err);
        Assert.DoesNotContain("   at ", r.Err);
        var s = CliRun.Run("score", "--db", Db, "--out", Path.Combine(file, "accounts.csv"));
        Assert.Equal(1, s.Exit);
        Assert.DoesNotContain("   at ", s.Err);
    }

    [Fact]
    public void Commands_that_only_read_leave_the_store_byte_for_byte_and_outputs_replace_files_whole()
    {
        MakeStore();
        var findings = _dir.File("findings");
        Directory.CreateDirectory(findings);
        File.WriteAllText(Path.Combine(findings, "edges.csv"), "old");
        File.WriteAllText(Path.Combine(findings, "notes.txt"), "mine");
        // detect and score record their runs; the commands that only read then leave the file as it is.
        Assert.Equal(0, CliRun.Run("detect", "--db", Db, "--out", findings).Exit);
        Assert.Equal(0, CliRun.Run("score", "--db", Db, "--out", _dir.File("accounts.csv")).Exit);
        var before = File.ReadAllBytes(Db);
        var stamp = File.GetLastWriteTimeUtc(Db);
        Assert.NotEqual("old", File.ReadAllText(Path.Combine(findings, "edges.csv")));
        File.WriteAllText(Path.Combine(findings, "edges.csv"), "old");
        Assert.Equal(0, CliRun.Run("stats", "--db", Db).Exit);
        Assert.Equal(0, CliRun.Run("runs", "--db", Db).Exit);
        Assert.Equal(0, CliRun.Run("export", "--db", Db, "--out", findings).Exit);
        Assert.Equal(before, File.ReadAllBytes(Db));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Db));
        Assert.False(File.Exists(Db + ".wal"));
        Assert.NotEqual("old", File.ReadAllText(Path.Combine(findings, "edges.csv")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(findings, "notes.txt")));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(findings), e => Path.GetFileName(e).StartsWith('.'));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(_dir.Path), e => e.EndsWith(".tmp", StringComparison.Ordinal));
    }
}
