using DuckDB.NET.Data;
using Swarmscope.Core.Findings;

namespace Swarmscope.Storage;

/// <summary>
/// Writes a run and its findings in ONE transaction (schema in <see cref="StoreSchema.CreateFindingsTables"/>), so a
/// run is visible only when complete: an error, Ctrl-C or a killed process before the commit leaves the store as it
/// was. Rows go through DuckDB's appender, which appends inside the connection's open transaction.
/// </summary>
internal static class FindingsWriter
{
    public static long WriteDetection(InvestigationStore store, AnalysisRun run, DetectionFindings findings)
    {
        var summary = new DetectionSummary(findings.Edges.Count, findings.Clusters.Count, findings.FlaggedAccounts, findings.EdgeAlpha);
        var connection = store.Connection;
        using var transaction = connection.BeginTransaction();
        var runId = InsertRun(connection, run with { SettingsJson = FindingsJson.Write(findings.Settings), SummaryJson = FindingsJson.Write(summary) });
        using (var a = connection.CreateAppender("run_layers"))
        {
            for (var i = 0; i < findings.Layers.Count; i++)
            {
                var l = findings.Layers[i];
                a.CreateRow().AppendValue(runId).AppendValue(i).AppendValue(l.Behaviour).AppendValue(l.Actions).AppendValue(l.EdgesTested)
                    .AppendValue(l.EdgesKept).EndRow();
            }
        }
        WriteEdges(connection, runId, findings.Edges);
        WriteClusters(connection, runId, findings.Clusters);
        transaction.Commit();
        return runId;
    }

    public static long WriteScore(InvestigationStore store, AnalysisRun run, ScoreFindings findings)
    {
        var connection = store.Connection;
        using var transaction = connection.BeginTransaction();
        var runId = InsertRun(connection, run);
        using (var scores = connection.CreateAppender("account_scores"))
        using (var signals = connection.CreateAppender("account_signals"))
        using (var reasons = connection.CreateAppender("score_reasons"))
        {
            foreach (var s in findings.Accounts)
            {
                var platform = StoreNames.Of(s.Platform);
                var id = StoredText.Clean(s.AccountId);
                scores.CreateRow().AppendValue(runId).AppendValue(s.Rank).AppendValue(platform).AppendValue(id).AppendValue(StoredText.Clean(s.Handle))
                    .AppendValue(s.Score).AppendValue(s.UnsupervisedScore).EndRow();
                for (var i = 0; i < s.Signals.Count; i++)
                {
                    var v = s.Signals[i];
                    signals.CreateRow().AppendValue(runId).AppendValue(platform).AppendValue(id).AppendValue(i).AppendValue(v.Signal)
                        .AppendValue(v.Value).AppendValue(StoredText.Clean(v.Reason)).EndRow();
                }
                for (var i = 0; i < s.Reasons.Count; i++)
                {
                    var r = s.Reasons[i];
                    reasons.CreateRow().AppendValue(runId).AppendValue(platform).AppendValue(id).AppendValue(i).AppendValue(r.Signal)
                        .AppendValue(r.Contribution).AppendValue(StoredText.Clean(r.Text)).EndRow();
                }
            }
        }
        using (var farms = connection.CreateAppender("farm_likelihoods"))
        {
            for (var i = 0; i < findings.Farms.Count; i++)
            {
                var f = findings.Farms[i];
                farms.CreateRow().AppendValue(runId).AppendValue(i + 1).AppendValue(StoredText.Clean(f.ClusterId)).AppendValue(f.Likelihood)
                    .AppendValue(f.Members).AppendValue(f.MembersScored).AppendValue(f.MeanMemberPercentile).AppendValue(f.CoordinationStrength)
                    .AppendValue(StoredText.Clean(f.Reasons)).EndRow();
            }
        }
        transaction.Commit();
        return runId;
    }

    private static long InsertRun(DuckDBConnection connection, AnalysisRun run)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            INSERT INTO runs (kind, status, settings, summary, tool_version, started_at, finished_at, input_posts, input_accounts, source_run_id)
            VALUES ($kind, $status, $settings, $summary, $version, $started, $finished, $posts, $accounts, $source)
            RETURNING run_id
            """;
        cmd.Parameters.Add(new DuckDBParameter("kind", run.Kind));
        cmd.Parameters.Add(new DuckDBParameter("status", run.Status));
        cmd.Parameters.Add(new DuckDBParameter("settings", run.SettingsJson));
        cmd.Parameters.Add(new DuckDBParameter("summary", run.SummaryJson));
        cmd.Parameters.Add(new DuckDBParameter("version", run.ToolVersion));
        cmd.Parameters.Add(new DuckDBParameter("started", run.StartedAt.UtcDateTime));
        cmd.Parameters.Add(new DuckDBParameter("finished", run.FinishedAt.UtcDateTime));
        cmd.Parameters.Add(new DuckDBParameter("posts", run.InputPosts));
        cmd.Parameters.Add(new DuckDBParameter("accounts", run.InputAccounts));
        cmd.Parameters.Add(new DuckDBParameter("source", run.SourceRunId));
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void WriteEdges(DuckDBConnection connection, long runId, IReadOnlyList<CoordinationEdge> edges)
    {
        using var edgeRows = connection.CreateAppender("edges");
        using var layerRows = connection.CreateAppender("edge_layers");
        using var evidenceRows = connection.CreateAppender("evidence");
        foreach (var e in edges)
        {
            edgeRows.CreateRow().AppendValue(runId).AppendValue(e.EdgeId)
                .AppendValue(StoreNames.Of(e.A.Platform)).AppendValue(StoredText.Clean(e.A.AccountId))
                .AppendValue(StoreNames.Of(e.B.Platform)).AppendValue(StoredText.Clean(e.B.AccountId))
                .AppendValue(e.Weight).AppendValue(e.Objects).AppendValue(e.Weighted).AppendValue(e.FastObjects).AppendValue(e.Expected)
                .AppendValue(e.PValue).AppendValue(e.QValue).AppendValue(e.MeanDtSeconds).AppendValue(e.AFirst).AppendValue(e.BFirst)
                .AppendValue(e.Symmetry).AppendValue(e.EvidenceTotal).EndRow();
            for (var i = 0; i < e.Layers.Count; i++)
            {
                var l = e.Layers[i];
                layerRows.CreateRow().AppendValue(runId).AppendValue(e.EdgeId).AppendValue(i).AppendValue(l.Behaviour).AppendValue(l.Objects)
                    .AppendValue(l.FastObjects).AppendValue(l.Weighted).AppendValue(l.Expected).AppendValue(l.PValue).AppendValue(l.QValue)
                    .AppendValue(l.AFirst).AppendValue(l.BFirst).AppendValue(l.Pairs).AppendValue(l.MeanDtSeconds).EndRow();
            }
            for (var i = 0; i < e.Evidence.Count; i++)
            {
                var v = e.Evidence[i];
                evidenceRows.CreateRow().AppendValue(runId).AppendValue(e.EdgeId).AppendValue(i).AppendValue(v.Behaviour)
                    .AppendValue(StoredText.Clean(v.Object)).AppendValue(v.DtMs).AppendValue(StoredText.Clean(v.PostA))
                    .AppendValue(StoredText.Clean(v.PostB)).EndRow();
            }
        }
    }

    private static void WriteClusters(DuckDBConnection connection, long runId, IReadOnlyList<CoordinationCluster> clusters)
    {
        using var clusterRows = connection.CreateAppender("clusters");
        using var members = connection.CreateAppender("cluster_members");
        using var behaviours = connection.CreateAppender("cluster_behaviours");
        using var platforms = connection.CreateAppender("cluster_platforms");
        using var objects = connection.CreateAppender("cluster_objects");
        using var texts = connection.CreateAppender("cluster_texts");
        for (var rank = 0; rank < clusters.Count; rank++)
        {
            var c = clusters[rank];
            clusterRows.CreateRow().AppendValue(runId).AppendValue(c.ClusterId).AppendValue(rank + 1).AppendValue(c.Size).AppendValue(c.Density)
                .AppendValue(c.InternalEdges).AppendValue(c.InternalWeight).AppendValue(c.MinQValue)
                .AppendValue(c.FirstPost?.UtcDateTime).AppendValue(c.LastPost?.UtcDateTime).AppendValue(c.Posts)
                .AppendValue(c.HourOfDay.ToList()).AppendValue(c.DayOfWeek.ToList()).EndRow();
            for (var i = 0; i < c.Members.Count; i++)
            {
                var m = c.Members[i];
                members.CreateRow().AppendValue(runId).AppendValue(c.ClusterId).AppendValue(i + 1).AppendValue(StoreNames.Of(m.Platform))
                    .AppendValue(StoredText.Clean(m.AccountId)).AppendValue(StoredText.Clean(m.Handle)).EndRow();
            }
            for (var i = 0; i < c.Behaviours.Count; i++)
                behaviours.CreateRow().AppendValue(runId).AppendValue(c.ClusterId).AppendValue(i).AppendValue(c.Behaviours[i].Behaviour)
                    .AppendValue(c.Behaviours[i].Edges).EndRow();
            for (var i = 0; i < c.Platforms.Count; i++)
                platforms.CreateRow().AppendValue(runId).AppendValue(c.ClusterId).AppendValue(i).AppendValue(StoreNames.Of(c.Platforms[i].Platform))
                    .AppendValue(c.Platforms[i].Posts).EndRow();
            for (var i = 0; i < c.TopObjects.Count; i++)
                objects.CreateRow().AppendValue(runId).AppendValue(c.ClusterId).AppendValue(i).AppendValue(c.TopObjects[i].Behaviour)
                    .AppendValue(StoredText.Clean(c.TopObjects[i].Object)).AppendValue(c.TopObjects[i].Members).EndRow();
            for (var i = 0; i < c.TopTexts.Count; i++)
                texts.CreateRow().AppendValue(runId).AppendValue(c.ClusterId).AppendValue(i).AppendValue(StoredText.Clean(c.TopTexts[i].Text))
                    .AppendValue(c.TopTexts[i].Members).EndRow();
        }
    }
}
