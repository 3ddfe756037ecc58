using System.Globalization;
using DuckDB.NET.Data;
using Swarmscope.Core;
using Swarmscope.Core.Findings;

namespace Swarmscope.Storage;

/// <summary>Reads stored runs and their findings back into the findings model (the inverse of <see cref="FindingsWriter"/>).</summary>
internal static class FindingsReader
{
    private const string RunColumns =
        "run_id, kind, status, settings::VARCHAR, summary::VARCHAR, tool_version, started_at, finished_at, input_posts, input_accounts, source_run_id";

    public static List<AnalysisRun> Runs(DuckDBConnection connection, string where = "", long? runId = null, string? kind = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {RunColumns} FROM runs {where} ORDER BY run_id";
        if (runId is { } id) cmd.Parameters.Add(new DuckDBParameter("run", id));
        if (kind is not null) cmd.Parameters.Add(new DuckDBParameter("kind", kind));
        using var r = cmd.ExecuteReader();
        var runs = new List<AnalysisRun>();
        while (r.Read())
        {
            runs.Add(new AnalysisRun
            {
                RunId = r.GetInt64(0), Kind = r.GetString(1), Status = r.GetString(2), SettingsJson = r.GetString(3), SummaryJson = r.GetString(4),
                ToolVersion = r.GetString(5), StartedAt = Utc(r.GetDateTime(6)), FinishedAt = Utc(r.GetDateTime(7)),
                InputPosts = r.GetInt64(8), InputAccounts = r.GetInt64(9), SourceRunId = r.IsDBNull(10) ? null : r.GetInt64(10),
            });
        }
        return runs;
    }

    public static DetectionFindings Detection(DuckDBConnection connection, AnalysisRun run)
    {
        var what = $"run {run.RunId}";
        var settings = FindingsJson.Read<DetectionSettings>(run.SettingsJson, what + " settings");
        var summary = FindingsJson.Read<DetectionSummary>(run.SummaryJson, what + " summary");
        var id = run.RunId;

        var layers = new List<LayerCount>();
        Rows(connection, id, "SELECT behaviour, actions, edges_tested, edges_kept FROM run_layers WHERE run_id = $run ORDER BY position",
            r => layers.Add(new LayerCount(r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3))));

        var accounts = new Dictionary<(Platform, string), FindingAccount>();
        var members = new Dictionary<int, List<FindingAccount>>();
        Rows(connection, id, "SELECT cluster_id, platform, account_id, handle FROM cluster_members WHERE run_id = $run ORDER BY cluster_id, member_rank", r =>
        {
            var a = new FindingAccount(StoreNames.ParsePlatform(r.GetString(1)), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetInt32(0));
            accounts[(a.Platform, a.AccountId)] = a;
            ListOf(members, a.ClusterId).Add(a);
        });
        var behaviours = new Dictionary<int, List<BehaviourCount>>();
        Rows(connection, id, "SELECT cluster_id, behaviour, edges FROM cluster_behaviours WHERE run_id = $run ORDER BY cluster_id, position",
            r => ListOf(behaviours, r.GetInt32(0)).Add(new BehaviourCount(r.GetString(1), r.GetInt32(2))));
        var platforms = new Dictionary<int, List<PlatformCount>>();
        Rows(connection, id, "SELECT cluster_id, platform, posts FROM cluster_platforms WHERE run_id = $run ORDER BY cluster_id, position",
            r => ListOf(platforms, r.GetInt32(0)).Add(new PlatformCount(StoreNames.ParsePlatform(r.GetString(1)), r.GetInt32(2))));
        var objects = new Dictionary<int, List<SharedObject>>();
        Rows(connection, id, "SELECT cluster_id, behaviour, object, members FROM cluster_objects WHERE run_id = $run ORDER BY cluster_id, position",
            r => ListOf(objects, r.GetInt32(0)).Add(new SharedObject(r.GetString(1), r.GetString(2), r.GetInt32(3))));
        var texts = new Dictionary<int, List<SharedText>>();
        Rows(connection, id, "SELECT cluster_id, text, members FROM cluster_texts WHERE run_id = $run ORDER BY cluster_id, position",
            r => ListOf(texts, r.GetInt32(0)).Add(new SharedText(r.GetString(1), r.GetInt32(2))));

        var clusters = new List<CoordinationCluster>();
        Rows(connection, id, """
            SELECT cluster_id, internal_edges, internal_weight, min_q_value, first_post, last_post, posts, hour_of_day, day_of_week
            FROM clusters WHERE run_id = $run ORDER BY cluster_rank
            """, r =>
        {
            var c = r.GetInt32(0);
            clusters.Add(new CoordinationCluster
            {
                ClusterId = c, Members = members.GetValueOrDefault(c) ?? [], InternalEdges = r.GetInt32(1), InternalWeight = r.GetDouble(2),
                MinQValue = r.GetDouble(3), FirstPost = r.IsDBNull(4) ? null : Utc(r.GetDateTime(4)), LastPost = r.IsDBNull(5) ? null : Utc(r.GetDateTime(5)),
                Posts = r.GetInt32(6), HourOfDay = r.GetFieldValue<List<int>>(7), DayOfWeek = r.GetFieldValue<List<int>>(8),
                Behaviours = behaviours.GetValueOrDefault(c) ?? [], Platforms = platforms.GetValueOrDefault(c) ?? [],
                TopObjects = objects.GetValueOrDefault(c) ?? [], TopTexts = texts.GetValueOrDefault(c) ?? [],
            });
        });

        var edgeLayers = new Dictionary<int, List<EdgeLayer>>();
        Rows(connection, id, """
            SELECT edge_id, behaviour, objects, fast_objects, weighted, expected, p_value, q_value, a_first, b_first, pairs, mean_dt_s
            FROM edge_layers WHERE run_id = $run ORDER BY edge_id, position
            """, r => ListOf(edgeLayers, r.GetInt32(0)).Add(new EdgeLayer
        {
            Behaviour = r.GetString(1), Objects = r.GetInt32(2), FastObjects = r.GetInt32(3), Weighted = r.GetDouble(4), Expected = r.GetDouble(5),
            PValue = r.GetDouble(6), QValue = r.GetDouble(7), AFirst = r.GetInt64(8), BFirst = r.GetInt64(9), Pairs = r.GetInt64(10), MeanDtSeconds = r.GetDouble(11),
        }));
        var edges = new List<CoordinationEdge>();
        Rows(connection, id, """
            SELECT edge_id, platform_a, account_a, platform_b, account_b, weight, objects, weighted, fast_objects, expected, p_value, q_value,
                   mean_dt_s, a_first, b_first, symmetry, evidence_total
            FROM edges WHERE run_id = $run ORDER BY edge_id
            """, r =>
        {
            var e = r.GetInt32(0);
            edges.Add(new CoordinationEdge
            {
                EdgeId = e, A = Account(accounts, r.GetString(1), r.GetString(2)), B = Account(accounts, r.GetString(3), r.GetString(4)),
                Weight = r.GetDouble(5), Objects = r.GetInt32(6), Weighted = r.GetDouble(7), FastObjects = r.GetInt32(8), Expected = r.GetDouble(9),
                PValue = r.GetDouble(10), QValue = r.GetDouble(11), MeanDtSeconds = r.GetDouble(12), AFirst = r.GetInt64(13), BFirst = r.GetInt64(14),
                Symmetry = r.GetDouble(15), EvidenceTotal = r.GetInt64(16), Layers = edgeLayers.GetValueOrDefault(e) ?? [],
            });
        });

        return new DetectionFindings
        {
            Settings = settings, EdgeAlpha = summary.EdgeAlpha, PostsAnalysed = run.InputPosts, AccountsAnalysed = run.InputAccounts,
            Layers = layers, Edges = edges, Clusters = clusters,
        };
    }

    /// <summary>
    /// Streams the run's evidence pairs ordered by edge and position, at most <paramref name="perEdge"/> per edge, with both
    /// posts joined from the posts table (texts are not stored twice).
    /// </summary>
    public static IEnumerable<EvidencePair> Evidence(DuckDBConnection connection, long runId, int perEdge)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT v.edge_id, v.behaviour, v.object, v.dt_ms,
                   v.post_a, pa.time, pa.time_precision, pa.kind, pa.text, ia.path, pa.source_record,
                   v.post_b, pb.time, pb.time_precision, pb.kind, pb.text, ib.path, pb.source_record
            FROM evidence v
            JOIN edges g ON g.run_id = v.run_id AND g.edge_id = v.edge_id
            LEFT JOIN posts pa ON pa.platform = g.platform_a AND pa.post_id = v.post_a
            LEFT JOIN imports ia ON ia.import_id = pa.import_id
            LEFT JOIN posts pb ON pb.platform = g.platform_b AND pb.post_id = v.post_b
            LEFT JOIN imports ib ON ib.import_id = pb.import_id
            WHERE v.run_id = $run AND v.position < $per_edge
            ORDER BY v.edge_id, v.position
            """;
        cmd.Parameters.Add(new DuckDBParameter("run", runId));
        cmd.Parameters.Add(new DuckDBParameter("per_edge", perEdge));
        cmd.UseStreamingMode = true;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return new EvidencePair(r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetInt64(3),
                Post(r, 4, runId), Post(r, 11, runId));
        }
    }

    private static EvidencePost Post(DuckDBDataReader r, int at, long runId)
    {
        var id = r.GetString(at);
        if (r.IsDBNull(at + 1))
            throw new InvalidDataException($"run {runId}: evidence post '{id}' is not in the posts table (was the store edited by hand?)");
        var time = new Timestamp(InvestigationStore.ToUnixMilliseconds(r.GetDateTime(at + 1)), StoreNames.ParsePrecision(r.GetString(at + 2)));
        var source = $"{(r.IsDBNull(at + 5) ? "" : r.GetString(at + 5))}:{(r.IsDBNull(at + 6) ? 0 : r.GetInt64(at + 6)).ToString(CultureInfo.InvariantCulture)}";
        return new EvidencePost(id, time, StoreNames.ParseKind(r.GetString(at + 3)), r.IsDBNull(at + 4) ? null : r.GetString(at + 4), source);
    }

    public static ScoreFindings Score(DuckDBConnection connection, long runId)
    {
        var signals = new Dictionary<(string, string), List<SignalReading>>();
        Rows(connection, runId, "SELECT platform, account_id, signal, value, reason FROM account_signals WHERE run_id = $run ORDER BY platform, account_id, position",
            r => ListOf(signals, (r.GetString(0), r.GetString(1))).Add(new SignalReading(r.GetString(2), r.IsDBNull(3) ? null : r.GetDouble(3),
                r.IsDBNull(4) ? null : r.GetString(4))));
        var reasons = new Dictionary<(string, string), List<ScoreReasonFinding>>();
        Rows(connection, runId, "SELECT platform, account_id, signal, contribution, reason FROM score_reasons WHERE run_id = $run ORDER BY platform, account_id, position",
            r => ListOf(reasons, (r.GetString(0), r.GetString(1))).Add(new ScoreReasonFinding(r.GetString(2), r.GetDouble(3), r.GetString(4))));
        var accounts = new List<ScoredAccount>();
        Rows(connection, runId, "SELECT platform, account_id, handle, score_rank, score, unsupervised_score FROM account_scores WHERE run_id = $run ORDER BY score_rank", r =>
        {
            var key = (r.GetString(0), r.GetString(1));
            accounts.Add(new ScoredAccount
            {
                Platform = StoreNames.ParsePlatform(key.Item1), AccountId = key.Item2, Handle = r.IsDBNull(2) ? null : r.GetString(2), Rank = r.GetInt32(3),
                Score = r.GetDouble(4), UnsupervisedScore = r.IsDBNull(5) ? null : r.GetDouble(5),
                Signals = signals.GetValueOrDefault(key) ?? [], Reasons = reasons.GetValueOrDefault(key) ?? [],
            });
        });
        var farms = new List<FarmFinding>();
        Rows(connection, runId, """
            SELECT cluster_id, likelihood, members, members_scored, mean_member_percentile, coordination_strength, reasons
            FROM farm_likelihoods WHERE run_id = $run ORDER BY farm_rank
            """, r => farms.Add(new FarmFinding(r.GetString(0), r.GetDouble(1), r.GetInt32(2), r.GetInt32(3), r.GetDouble(4), r.GetDouble(5), r.GetString(6))));
        return new ScoreFindings { Accounts = accounts, Farms = farms };
    }

    private static FindingAccount Account(Dictionary<(Platform, string), FindingAccount> accounts, string platform, string id)
    {
        var p = StoreNames.ParsePlatform(platform);
        return accounts.TryGetValue((p, id), out var a) ? a : new FindingAccount(p, id, null, -1);
    }

    private static List<T> ListOf<TKey, T>(Dictionary<TKey, List<T>> lists, TKey key) where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
        return list;
    }

    private static void Rows(DuckDBConnection connection, long runId, string sql, Action<DuckDBDataReader> row)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.Add(new DuckDBParameter("run", runId));
        using var r = cmd.ExecuteReader();
        while (r.Read()) row(r);
    }

    private static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));
}
