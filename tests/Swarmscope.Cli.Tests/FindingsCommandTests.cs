using System.Text.Json;
using Swarmscope.Core.Findings;
using Swarmscope.Storage;
using Swarmscope.TestSupport;

namespace Swarmscope.Cli.Tests;

/// <summary>detect and score record runs; export writes a stored run's files; score uses stored clusters.</summary>
public sealed class FindingsCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>A small simulated world with planted farms, imported into a store.</summary>
    internal static string SimulatedStore(TempDirectory dir)
    {
        var sim = dir.File("sim");
        Assert.Equal(0, CliRun.Run("simulate", "--out", sim, "--seed", "1", "--scale", "small").Exit);
        var db = dir.File("sim.duckdb");
        Assert.Equal(0, CliRun.Run("import", Path.Combine(sim, "posts.csv"), Path.Combine(sim, "accounts.csv"), "--db", db).Exit);
        return db;
    }

    [Fact]
    public void Detect_stores_a_run_that_export_writes_again_byte_for_byte_and_score_uses_its_clusters()
    {
        var db = SimulatedStore(_dir);
        var detected = _dir.File("detected");
        var detect = CliRun.Run("detect", "--db", db, "--out", detected, "--timezone", "Asia/Almaty");
        Assert.Equal(0, detect.Exit);
        Assert.Contains("stored as run 1", detect.Out);
        Assert.Contains("storing findings", detect.Err);

        var exported = _dir.File("exported");
        Assert.Equal(0, CliRun.Run("export", "--db", db, "--run", "1", "--out", exported).Exit);
        foreach (var file in Reports.DetectionReportWriter.Files)
            Assert.True(File.ReadAllBytes(Path.Combine(detected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(exported, file))), file + " differs");
        Assert.True(new FileInfo(Path.Combine(exported, "evidence.jsonl")).Length > 1000);

        // Bounded: one pair per edge; one cluster, whole.
        var bounded = _dir.File("bounded");
        Assert.Equal(0, CliRun.Run("export", "--db", db, "--out", bounded, "--evidence", "1", "--cluster", "0").Exit);
        var lines = File.ReadAllLines(Path.Combine(bounded, "evidence.jsonl"));
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            Assert.Equal(1, doc.RootElement.GetProperty("evidence_shown").GetInt32());
            Assert.Equal(0, doc.RootElement.GetProperty("cluster").GetInt32());
        }
        var members = File.ReadAllLines(Path.Combine(bounded, "clusters.csv")).Skip(1).ToList();
        Assert.All(members, m => Assert.StartsWith("0,", m));
        Assert.Equal(File.ReadAllLines(Path.Combine(detected, "clusters.csv")).Count(l => l.StartsWith("0,")), members.Count);

        // score without --clusters takes the clusters of the stored detection run and records its own run.
        var accounts = _dir.File("accounts.csv");
        var (exit, output) = CliRun.Run("score", "--db", db, "--out", accounts);
        Assert.Equal(0, exit);
        Assert.Contains("clusters of detection run 1", output);
        Assert.True(File.Exists(_dir.File("farms.csv")));
        using (var store = InvestigationStore.Open(db))
        {
            var runs = store.Runs();
            Assert.Equal([RunKind.Detection, RunKind.Score], runs.Select(r => r.Kind));
            Assert.Equal(1, runs[1].SourceRunId);
            var scores = store.ReadScore(runs[1]);
            Assert.Equal(File.ReadAllLines(accounts).Length - 1, scores.Accounts.Count);
            Assert.Equal(File.ReadAllLines(_dir.File("farms.csv")).Length - 1, scores.Farms.Count);
            Assert.Contains(scores.Accounts, a => a.Signals.Any(s => s.Signal == "in_coordinated_cluster" && s.Value == 1));
        }

        var listed = CliRun.Run("runs", "--db", db, "--json");
        Assert.Equal(0, listed.Exit);
        using var json = JsonDocument.Parse(listed.Out);
        Assert.Equal(2, json.RootElement.GetArrayLength());
        Assert.Equal("detect", json.RootElement[0].GetProperty("kind").GetString());
        Assert.Equal("Asia/Almaty", json.RootElement[0].GetProperty("settings").GetProperty("time_zone").GetString());
        Assert.True(json.RootElement[0].GetProperty("summary").GetProperty("edges").GetInt32() > 0);
        Assert.Equal(1, json.RootElement[1].GetProperty("source_run_id").GetInt32());
        listed = CliRun.Run("runs", "--db", db);
        Assert.Equal(0, listed.Exit);
        Assert.Contains("accounts scored", listed.Out);
        Assert.Equal("", listed.Err);
    }

    [Fact]
    public void Export_and_score_refuse_runs_that_do_not_exist_or_are_not_detection_runs()
    {
        var db = _dir.File("empty.duckdb");
        var posts = _dir.Write("posts.csv", "platform,post_id,account_id,account_handle,time,kind,text,language,target_post_id,target_account_id,urls,hashtags,mentions,media_hashes,channel\n" +
                                            "twitter,1,a,a,2024-03-01T10:00:00.000Z,post,hi,en,,,,,,,\n");
        Assert.Equal(0, CliRun.Run("import", posts, "--db", db).Exit);
        var (exit, output) = CliRun.Run("export", "--db", db, "--out", _dir.File("x"));
        Assert.Equal(1, exit);
        Assert.Contains("no detection run stored yet", output);
        (exit, output) = CliRun.Run("export", "--db", db, "--out", _dir.File("x"), "--run", "7");
        Assert.Equal(1, exit);
        Assert.Contains("no run 7", output);
        foreach (var bad in new[] { new[] { "--run", "x" }, ["--run", "0"], ["--evidence", "-1"], ["--cluster", "a"], ["--cluster", "1,,x"], ["--run"] })
        {
            var refused = CliRun.Run(["export", "--db", db, "--out", _dir.File("x"), .. bad]);
            Assert.Equal(2, refused.Exit);
            Assert.Equal("", refused.Out);
            Assert.Contains(bad[0], refused.Err);
        }
        Assert.False(Directory.Exists(_dir.File("x")));
        var both = CliRun.Run("score", "--db", db, "--out", _dir.File("a.csv"), "--run", "1", "--no-clusters");
        Assert.Equal(2, both.Exit);
        Assert.Contains("at most one of --run, --clusters and --no-clusters", both.Err);
        (exit, output) = CliRun.Run("score", "--db", db, "--out", _dir.File("a.csv"));
        Assert.Equal(0, exit);
        Assert.Contains("scoring without clusters", output);
        (exit, output) = CliRun.Run("export", "--db", db, "--out", _dir.File("x"), "--run", "1");
        Assert.Equal(1, exit);
        Assert.Contains("not a detection run", output);
    }
}
