using System.Diagnostics;
using System.Text.Json;
using Swarmscope.Core.Findings;
using Swarmscope.Storage;
using Swarmscope.TestSupport;

namespace Swarmscope.Cli.Tests;

/// <summary>A real `swarmscope detect` process killed while it stores its findings leaves earlier runs intact and no partial run.</summary>
public sealed class KilledDetectionTests
{
    [Fact]
    public void Killing_detect_while_it_stores_its_run_leaves_earlier_runs_and_no_partial_run()
    {
        using var dir = new TempDirectory();
        var db = FindingsCommandTests.SimulatedStore(dir);
        Assert.Equal(0, CliRun.Run("detect", "--db", db).Exit);
        string before;
        using (var store = InvestigationStore.Open(db)) before = Fingerprint(store, 1);

        // Every co-action edge, unfiltered, with all its evidence: the biggest findings this world gives, so the
        // store is still writing when the test kills the process right after it says it started storing.
        using var child = Process.Start(CliRun.StartInfo("detect", "--db", db, "--alpha", "1", "--behaviours", "all", "--evidence", "100000"))!;
        child.StandardInput.Close();
        var stdout = child.StandardOutput.ReadToEndAsync();
        string? line;
        while ((line = child.StandardError.ReadLine()) is not null && !line.Contains("storing findings")) { }
        Assert.NotNull(line);
        var exited = child.HasExited;
        child.Kill(entireProcessTree: true);
        child.WaitForExit();
        Assert.DoesNotContain("stored as run", stdout.Result);
        Assert.False(exited, "detect finished before it could be killed; the test proves nothing");

        IReadOnlyList<AnalysisRun> runs;
        using (var reopened = InvestigationStore.Open(db))
        {
            Assert.Equal(before, Fingerprint(reopened, 1));
            runs = reopened.Runs();
        }
        using var sql = new DuckDB.NET.Data.DuckDBConnection($"Data Source={db}");
        sql.Open();
        long Count(string query)
        {
            using var cmd = sql.CreateCommand();
            cmd.CommandText = query;
            return Convert.ToInt64(cmd.ExecuteScalar());
        }
        foreach (var run in runs.Skip(1))
        {
            // Only a run whose commit came before the kill may be there, and then whole.
            var summary = FindingsJson.Read<DetectionSummary>(run.SummaryJson, "summary");
            Assert.Equal(summary.Edges, Count($"SELECT count(*) FROM edges WHERE run_id = {run.RunId}"));
        }
        foreach (var table in new[] { "edges", "edge_layers", "evidence", "clusters", "cluster_members", "run_layers" })
            Assert.Equal(0, Count($"SELECT count(*) FROM {table} WHERE run_id NOT IN (SELECT run_id FROM runs)"));
    }

    private static string Fingerprint(InvestigationStore store, long runId)
    {
        var run = store.FindRun(runId)!;
        var findings = store.ReadDetection(run);
        return JsonSerializer.Serialize(new { findings.Edges.Count, Clusters = findings.Clusters.Count, Evidence = store.ReadEvidence(runId).Count(), run.SummaryJson });
    }
}
