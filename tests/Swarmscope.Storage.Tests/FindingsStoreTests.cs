using System.IO.Compression;
using DuckDB.NET.Data;
using Swarmscope.Core;
using Swarmscope.Core.Findings;
using Swarmscope.TestSupport;

namespace Swarmscope.Storage.Tests;

public sealed class FindingsStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private string Db => _dir.File("inv.duckdb");

    public void Dispose() => _dir.Dispose();

    private static AnalysisRun Run(string kind = RunKind.Detection) => new()
    {
        Kind = kind, SettingsJson = """{"method":"robust"}""", ToolVersion = "test", StartedAt = Records.T0, FinishedAt = Records.T0.AddSeconds(3),
        InputPosts = 4, InputAccounts = 2,
    };

    private static FindingAccount Alice => new(Platform.Twitter, "a1", "Alice \"<b>\"", 0);
    private static FindingAccount Bob => new(Platform.Twitter, "b1", null, 0);

    /// <summary>Findings over posts p1..p4 of accounts a1 and b1, with hostile text in handles and objects.</summary>
    public static DetectionFindings Sample(int evidencePairs = 2) => new()
    {
        Settings = new DetectionSettings
        {
            Behaviours = ["colink", "sametext"], WindowMs = 600_000, FastWindowMs = -1, MinParticipation = 2, Alpha = 0.01, MinWeight = 1,
            Percentile = null, Seed = 1, TimeZone = "Asia/Almaty", EvidencePerEdge = 50,
        },
        EdgeAlpha = 0.1 / 3, PostsAnalysed = 4, AccountsAnalysed = 2,
        Layers = [new LayerCount("colink", 4, 1, 1), new LayerCount("sametext", 4, 1, 1)],
        Edges =
        [
            new CoordinationEdge
            {
                EdgeId = 1, A = Alice, B = Bob, Weight = 2, Objects = 3, Weighted = Math.PI, FastObjects = 0, Expected = 1e-300, PValue = 5e-324,
                QValue = 1.0 / 3, MeanDtSeconds = 2.5, AFirst = 1, BFirst = 2, Symmetry = 2.0 / 3, EvidenceTotal = 7,
                Layers =
                [
                    new EdgeLayer { Behaviour = "colink", Objects = 2, Expected = 0.1, PValue = 0.01, QValue = 0.02, AFirst = 1, BFirst = 1, Pairs = 2, MeanDtSeconds = 1.5, Weighted = 1.25 },
                    new EdgeLayer { Behaviour = "sametext", Objects = 1, Expected = 0.2, PValue = 0.03, QValue = 0.04, BFirst = 1, Pairs = 1, MeanDtSeconds = 4.5 },
                ],
                Evidence = Enumerable.Range(0, evidencePairs).Select(i => new EvidenceReference("colink", $"https://x.org/{i}'; DROP", $"p{1 + 2 * (i % 2)}", $"p{2 + 2 * (i % 2)}", 1500 * i)).ToList(),
            },
        ],
        Clusters =
        [
            new CoordinationCluster
            {
                ClusterId = 0, Members = [Alice, Bob], InternalEdges = 1, InternalWeight = 2, MinQValue = 1.0 / 3,
                FirstPost = Records.T0, LastPost = Records.T0.AddMinutes(3), Posts = 4,
                HourOfDay = Enumerable.Range(0, 24).ToList(), DayOfWeek = [4, 0, 0, 0, 0, 0, 0],
                Behaviours = [new BehaviourCount("sametext", 1), new BehaviourCount("colink", 1)],
                Platforms = [new PlatformCount(Platform.Twitter, 4)],
                TopObjects = [new SharedObject("colink", "https://x.org/0'; DROP", 2)],
                TopTexts = [new SharedText("same <text>", 2)],
            },
        ],
    };

    private static void ImportSamplePosts(InvestigationStore store) =>
        Records.Import(store, "dir/posts.csv", [Records.Post("p1", "a1", 0), Records.Post("p2", "b1", 1, text: null), Records.Post("p3", "a1", 2), Records.Post("p4", "b1", 3)]);

    /// <summary>Everything but evidence, as JSON, so two findings compare field by field.</summary>
    private static string Json(DetectionFindings f) =>
        FindingsJson.Write(f with { Edges = f.Edges.Select(e => e with { Evidence = [] }).ToList() });

    [Fact]
    public void A_detection_run_round_trips_with_its_findings_and_evidence_joined_to_posts()
    {
        var sample = Sample();
        long runId;
        using (var store = InvestigationStore.Open(Db))
        {
            ImportSamplePosts(store);
            runId = store.RecordDetection(Run(), sample);
        }
        using (var store = InvestigationStore.Open(Db))
        {
            var run = Assert.Single(store.Runs());
            Assert.Equal((runId, RunKind.Detection, RunStatus.Complete, 4L, 2L), (run.RunId, run.Kind, run.Status, run.InputPosts, run.InputAccounts));
            Assert.Equal(Records.T0, run.StartedAt);
            Assert.Equal(run, store.LatestRun(RunKind.Detection));
            Assert.Null(store.LatestRun(RunKind.Score));
            var read = store.ReadDetection(run);
            Assert.Equal(Json(sample), Json(read));
            Assert.Equal(sample.EdgeAlpha, read.EdgeAlpha);
            Assert.Equal(5e-324, read.Edges[0].PValue);

            var evidence = store.ReadEvidence(runId).ToList();
            Assert.Equal(2, evidence.Count);
            Assert.Equal(("colink", "https://x.org/1'; DROP", 1500L), (evidence[1].Behaviour, evidence[1].Object, evidence[1].DtMs));
            Assert.Equal(("p3", "post p3", "dir/posts.csv:1", PostKind.Post), (evidence[1].A.PostId, evidence[1].A.Text, evidence[1].A.Source, evidence[1].A.Kind));
            Assert.Equal(Timestamp.FromUtc(Records.T0.AddMinutes(3), TimePrecision.Second), evidence[1].B.Time);
            Assert.Single(store.ReadEvidence(runId, perEdge: 1));
        }
    }

    [Fact]
    public void Evidence_is_stored_as_post_ids_and_objects_never_as_texts()
    {
        using var store = InvestigationStore.Open(Db);
        ImportSamplePosts(store);
        store.RecordDetection(Run(), Sample());
        Assert.Equal(0, store.Scalar("SELECT count(*) FROM duckdb_columns() WHERE table_name = 'evidence' AND column_name LIKE '%text%'"));
        Assert.Equal(2, store.Scalar("SELECT count(*) FROM evidence WHERE post_a IN ('p1', 'p3')"));
    }

    [Fact]
    public void Older_runs_are_kept_and_the_latest_is_the_newest_complete_one()
    {
        using var store = InvestigationStore.Open(Db);
        ImportSamplePosts(store);
        var first = store.RecordDetection(Run(), Sample());
        var second = store.RecordDetection(Run(), Sample(evidencePairs: 1));
        Assert.Equal(2, store.Runs().Count);
        Assert.Equal(second, store.LatestRun(RunKind.Detection)!.RunId);
        Assert.Equal(2, store.ReadEvidence(first).Count());
        Assert.Single(store.ReadEvidence(second));
        Assert.All(store.Runs(), r => Assert.Equal(RunStatus.Complete, r.Status));
    }

    [Fact]
    public void A_run_whose_write_fails_midway_leaves_nothing_and_earlier_runs_intact()
    {
        using var store = InvestigationStore.Open(Db);
        ImportSamplePosts(store);
        store.RecordDetection(Run(), Sample());
        // A cluster after the edges and evidence were appended breaks a NOT NULL column: the whole run must vanish.
        var broken = Sample() with { Clusters = [Sample().Clusters[0] with { TopTexts = [new SharedText(null!, 2)] }] };
        Assert.ThrowsAny<Exception>(() => store.RecordDetection(Run(), broken));
        Assert.Single(store.Runs());
        foreach (var table in new[] { "edges", "edge_layers", "evidence", "clusters", "cluster_members", "run_layers" })
            Assert.Equal(1, store.Scalar($"SELECT count(DISTINCT run_id) FROM {table}"));
        Assert.Equal(2, store.Scalar("SELECT count(*) FROM evidence"));
    }

    [Fact]
    public void A_score_run_round_trips_with_signals_reasons_and_farms()
    {
        var findings = new ScoreFindings
        {
            Accounts =
            [
                new ScoredAccount
                {
                    Platform = Platform.Twitter, AccountId = "a1", Handle = "Alice", Rank = 1, Score = 3.5, UnsupervisedScore = 1.25,
                    Signals = [new SignalReading("empty_profile", 0.8, "empty identity"), new SignalReading("followers_log", null, null)],
                    Reasons = [new ScoreReasonFinding("empty_profile", 2.5, "empty identity (z 2.5)")],
                },
                new ScoredAccount { Platform = Platform.VK, AccountId = "b1", Rank = 2, Score = -1, Signals = [], Reasons = [] },
            ],
            Farms = [new FarmFinding("0", 0.75, 2, 1, 0.75, 1, "1 of 2 members scored")],
        };
        using var store = InvestigationStore.Open(Db);
        var detection = store.RecordDetection(Run(), Sample());
        var id = store.RecordScore(Run(RunKind.Score) with { SourceRunId = detection }, findings);
        var run = store.LatestRun(RunKind.Score)!;
        Assert.Equal((id, detection), (run.RunId, run.SourceRunId));
        var read = store.ReadScore(run);
        Assert.Equal(FindingsJson.Write(findings), FindingsJson.Write(read));
        Assert.Equal("robust", store.Text("SELECT settings->>'method' FROM runs WHERE kind = 'score'"));
    }

    [Fact]
    public void A_store_of_schema_4_made_by_the_previous_version_is_migrated_in_place_keeping_its_data()
    {
        // Fixtures/store-v4.duckdb.gz: `swarmscope import store-v4-exports --db store-v4.duckdb` by the code of commit dfada05.
        var path = _dir.File("v4.duckdb");
        using (var gz = new GZipStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "store-v4.duckdb.gz")), CompressionMode.Decompress))
        using (var file = File.Create(path))
            gz.CopyTo(file);
        using (var connection = new DuckDBConnection($"Data Source={path}"))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT max(version) FROM schema_version";
            Assert.Equal(4, Convert.ToInt32(cmd.ExecuteScalar()));
        }
        using (var store = InvestigationStore.Open(path))
        {
            Assert.Equal(StoreSchema.Version, store.SchemaVersion);
            var stats = store.Stats();
            Assert.Equal((5L, 2L, 2L), (stats.Posts, stats.Accounts, stats.Imports));
            var p5 = store.ReadPosts().Single(p => p.Id == "5");
            Assert.Equal("=cmd|' /C calc'!A0 <script>", p5.Text);
            Assert.Equal(new Provenance("exports/posts.csv", 6), p5.Provenance);
            Assert.Empty(store.Runs());
            store.RecordDetection(Run(), Sample());
        }
        using (var reopened = InvestigationStore.Open(path))
        {
            Assert.Single(reopened.Runs());
            Assert.Equal(1, reopened.Scalar($"SELECT count(*) FROM schema_version WHERE version = {StoreSchema.Version}"));
        }
    }

    private string V4Fixture()
    {
        var path = _dir.File("v4-" + Guid.NewGuid().ToString("N") + ".duckdb");
        using (var gz = new GZipStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "store-v4.duckdb.gz")), CompressionMode.Decompress))
        using (var file = File.Create(path))
            gz.CopyTo(file);
        return path;
    }

    [Fact]
    public void A_read_only_open_of_a_schema_4_store_brings_it_up_to_date_once_and_reads_it()
    {
        var path = V4Fixture();
        using (var store = InvestigationStore.OpenReadOnly(path))
        {
            Assert.Equal(StoreSchema.Version, store.SchemaVersion);
            Assert.True(store.HasFindings);
            Assert.Equal(5L, store.Stats().Posts);
            Assert.Empty(store.Runs());
            Assert.ThrowsAny<DuckDBException>(() => store.Execute("CREATE TABLE t (x INTEGER)"));
        }
        using var reopened = InvestigationStore.OpenReadOnly(path);
        Assert.Equal(1, reopened.Scalar($"SELECT count(*) FROM schema_version WHERE version = {StoreSchema.Version}"));
    }

    [Fact]
    public void A_schema_4_store_that_cannot_be_upgraded_is_read_as_it_is_without_runs()
    {
        var path = V4Fixture();
        var before = File.ReadAllBytes(path);
        using (var store = InvestigationStore.OpenReadOnly(path, "1GB", upgrade: false))
        {
            Assert.Equal(4, store.SchemaVersion);
            Assert.False(store.HasFindings);
            Assert.Equal((5L, 2L), (store.Stats().Posts, store.Stats().Accounts));
            Assert.Equal(new Provenance("exports/posts.csv", 6), store.ReadPosts().Single(p => p.Id == "5").Provenance);
            Assert.Empty(store.Runs());
            Assert.Null(store.LatestRun(RunKind.Detection));
            Assert.Null(store.FindRun(1));
        }
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_store_of_a_newer_schema_is_refused_by_a_read_only_open_too()
    {
        using (var store = InvestigationStore.Open(Db)) store.Execute("INSERT INTO schema_version VALUES (99, now()::TIMESTAMP)");
        var before = File.ReadAllBytes(Db);
        var e = Assert.Throws<InvestigationFileException>(() => InvestigationStore.OpenReadOnly(Db));
        Assert.Contains("schema version 99", e.Message);
        Assert.Contains("newer Swarmscope", e.Message);
        Assert.Equal(before, File.ReadAllBytes(Db));
    }

    [Fact]
    public void A_store_of_a_newer_schema_is_refused_untouched_with_what_to_do()
    {
        using (var store = InvestigationStore.Open(Db)) store.Execute("INSERT INTO schema_version VALUES (99, now()::TIMESTAMP)");
        var before = File.ReadAllBytes(Db);
        var e = Assert.Throws<InvestigationFileException>(() => InvestigationStore.Open(Db));
        Assert.Contains("schema version 99", e.Message);
        Assert.Contains("newer Swarmscope", e.Message);
        Assert.Equal(before, File.ReadAllBytes(Db));
    }
}
