using System.Text.Json;
using Swarmscope.TestSupport;

namespace Swarmscope.Cli.Tests;

/// <summary>
/// Issue 12's acceptance on real data, as a user types it: import, detect, score; `runs` lists both runs; `export` of
/// the detection run writes the files `detect --out` wrote, byte for byte; `score` without --clusters takes the stored
/// clusters. One part of the IRA release (~440k posts; see docs/store.md for why not all four in the test suite).
/// </summary>
public sealed class IraFindingsTests
{
    [SharedDataFact("ira/tweets-part1.csv.gz")]
    public void Import_detect_score_then_runs_lists_both_and_export_equals_detect_out()
    {
        using var dir = new TempDirectory();
        var db = dir.File("ira.duckdb");
        var import = CliRun.Run("import", SharedData.Path("ira/tweets-part1.csv.gz"), "--db", db, "--quiet");
        Assert.True(import.Exit == 0, import.Err);

        var detected = dir.File("detected");
        var detect = CliRun.Run("detect", "--db", db, "--out", detected, "--json");
        Assert.True(detect.Exit == 0, detect.Err);
        using (var result = JsonDocument.Parse(detect.Out))
        {
            Assert.Equal(1, result.RootElement.GetProperty("run_id").GetInt64());
            Assert.True(result.RootElement.GetProperty("clusters").GetArrayLength() > 0);
        }

        var accounts = dir.File("accounts.csv");
        var score = CliRun.Run("score", "--db", db, "--out", accounts, "--json");
        Assert.True(score.Exit == 0, score.Err);
        Assert.Contains("clusters of detection run 1", score.Err);
        using (var result = JsonDocument.Parse(score.Out))
        {
            Assert.Equal(2, result.RootElement.GetProperty("run_id").GetInt64());
            Assert.Equal(1, result.RootElement.GetProperty("detection_run_id").GetInt64());
            Assert.True(result.RootElement.GetProperty("farms").GetArrayLength() > 0);
        }
        Assert.True(File.Exists(dir.File("farms.csv")));

        var runs = CliRun.Run("runs", "--db", db, "--json");
        Assert.True(runs.Exit == 0, runs.Err);
        using (var listed = JsonDocument.Parse(runs.Out))
        {
            var all = listed.RootElement.EnumerateArray().ToList();
            Assert.Equal(["detect", "score"], all.Select(r => r.GetProperty("kind").GetString()));
            Assert.Equal(1, all[1].GetProperty("source_run_id").GetInt64());
            Assert.Equal("run 1", all[1].GetProperty("settings").GetProperty("clusters").GetString());
            Assert.All(all, r => Assert.Equal("complete", r.GetProperty("status").GetString()));
        }

        var exported = dir.File("exported");
        var export = CliRun.Run("export", "--db", db, "--run", "1", "--out", exported, "--quiet");
        Assert.True(export.Exit == 0, export.Err);
        foreach (var file in Directory.GetFiles(detected).Select(Path.GetFileName))
            Assert.True(File.ReadAllBytes(Path.Combine(detected, file!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(exported, file!))), file + " differs");
        Assert.Equal(7, Directory.GetFiles(exported).Length);

        // Provenance names the file as given, never the analyst's folders.
        var evidence = File.ReadLines(Path.Combine(exported, "evidence.jsonl")).First();
        Assert.Contains("tweets-part1.csv.gz:", evidence);
        Assert.DoesNotContain(SharedData.Root!, evidence);
    }
}
