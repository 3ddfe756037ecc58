using DuckDB.NET.Data;
using Swarmscope.Core;
using Swarmscope.TestSupport;

namespace Swarmscope.Storage.Tests;

/// <summary>
/// The import's merge rules against a plain reference model: a dictionary where the first copy of a
/// (platform, post_id) ever imported wins, files in import order, rows in file order. Random files with heavy
/// overlap, imported with the in-memory key set and with it forced to overflow (repeats then found in DuckDB).
/// </summary>
public sealed class ImportMergeReferenceTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(1, int.MaxValue, false)]
    [InlineData(2, int.MaxValue, false)]
    [InlineData(3, 50, false)]
    [InlineData(4, 1, false)]
    [InlineData(5, int.MaxValue, true)]
    [InlineData(6, 300, true)]
    public void Stored_posts_equal_a_first_copy_wins_reference_over_overlapping_files(int seed, int keyLimit, bool reopenEachFile)
    {
        var random = new Random(seed);
        var reference = new Dictionary<(Platform, string), (string File, long Record)>();
        var path = _dir.File($"ref-{seed}.duckdb");
        var store = InvestigationStore.Open(path);
        store.ImportKeyLimit = keyLimit;
        for (var f = 0; f < 6; f++)
        {
            if (reopenEachFile && f > 0)
            {
                // A store opened with posts in it cannot know their keys: commit asks DuckDB instead.
                store.Dispose();
                store = InvestigationStore.Open(path);
                store.ImportKeyLimit = keyLimit;
            }
            var file = $"file-{f}.csv";
            var posts = new List<Post>();
            var rows = random.Next(0, 400);
            for (var r = 0; r < rows; r++)
            {
                var platform = random.Next(4) == 0 ? Platform.Telegram : Platform.Twitter;
                // ids from a small range, so files repeat each other and themselves; a NUL and its U+FFFD twin collide,
                // and so do lone surrogates (UTF-8 cannot hold them: DuckDB stores U+FFFD) and U+FFFD
                var id = random.Next(300) switch
                {
                    0 => "n\0ul", 1 => "n\uFFFDul", 2 => "s\uD800x", 3 => "s\uDC01x", 4 => "s\uFFFDx", var n => n.ToString(),
                };
                posts.Add(new Post
                {
                    Platform = platform, Id = id, AccountId = "a" + random.Next(5),
                    Time = new Timestamp(1_600_000_000_000 + r, TimePrecision.Second),
                    Provenance = new Provenance(file, r + 1),
                });
            }
            var expectedNew = 0;
            foreach (var p in posts)
                if (reference.TryAdd((p.Platform, AsStored(p.Id)), (p.Provenance.SourceFile, p.Provenance.Record))) expectedNew++;

            var s = Records.Import(store, file, posts);

            Assert.Equal(rows, s.PostsRead);
            Assert.Equal(expectedNew, s.PostsImported);
            Assert.Equal(rows - expectedNew, s.PostsMerged);
        }
        var stored = store.ReadPosts().ToDictionary(p => (p.Platform, p.Id), p => (p.Provenance.SourceFile, p.Provenance.Record));
        store.Dispose();
        Assert.Equal(reference.Count, stored.Count);
        foreach (var (key, provenance) in reference) Assert.Equal(provenance, stored[key]);
    }

    /// <summary>The id as DuckDB keeps it: NUL replaced, then UTF-8 (a lone surrogate becomes U+FFFD).</summary>
    private static string AsStored(string id) =>
        System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(id.Replace('\0', '\uFFFD')));

    [Fact]
    public void After_an_abandoned_import_the_same_keys_import_again()
    {
        using var store = InvestigationStore.Open(_dir.File("abandon.duckdb"));
        using (var batch = store.BeginImport(new ImportSource("mem.csv", 0, "abc", "test")))
            for (var i = 0; i < 100; i++) batch.Post(Records.Post(i.ToString())); // disposed without commit
        var s = Records.Import(store, "f", Enumerable.Range(0, 150).Select(i => Records.Post(i.ToString())));
        Assert.Equal((150L, 0L), (s.PostsImported, s.PostsMerged));
        var again = Records.Import(store, "f2", Enumerable.Range(100, 100).Select(i => Records.Post(i.ToString())));
        Assert.Equal((50L, 50L), (again.PostsImported, again.PostsMerged));
    }

    [Fact]
    public void Every_stored_post_carries_the_id_of_the_import_that_brought_it()
    {
        using var store = InvestigationStore.Open(_dir.File("ids.duckdb"));
        Records.Import(store, "f1", [Records.Post("1"), Records.Post("2")]);
        Records.Import(store, "f2", [Records.Post("2"), Records.Post("3")]);
        Assert.Equal(0, store.Scalar("SELECT count(*) FROM posts WHERE import_id IS NULL"));
        Assert.Equal(2, store.Scalar("SELECT count(*) FROM posts p JOIN imports i USING (import_id) WHERE i.path = 'f1'"));
        Assert.Equal(1, store.Scalar("SELECT count(*) FROM posts p JOIN imports i USING (import_id) WHERE i.path = 'f2'"));
        Assert.Equal(1, store.Scalar("SELECT posts_imported FROM imports WHERE path = 'f2'"));
        Assert.Equal(1, store.Scalar("SELECT posts_merged FROM imports WHERE path = 'f2'"));
    }

    [Fact]
    public void A_version_1_file_is_migrated_on_open_and_keeps_its_posts()
    {
        var path = _dir.File("v1.duckdb");
        using (var connection = new DuckDBConnection($"Data Source={path}"))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            // The version 1 layout: posts without import_id.
            cmd.CommandText = """
                CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL);
                INSERT INTO schema_version VALUES (1, now()::TIMESTAMP);
                CREATE TABLE posts (platform VARCHAR NOT NULL, post_id VARCHAR NOT NULL, account_id VARCHAR NOT NULL,
                    account_handle VARCHAR, time TIMESTAMP NOT NULL, time_precision VARCHAR NOT NULL, kind VARCHAR NOT NULL,
                    text VARCHAR, language VARCHAR, target_post_id VARCHAR, target_account_id VARCHAR, urls VARCHAR[],
                    hashtags VARCHAR[], mentions VARCHAR[], media_hashes VARCHAR[], channel VARCHAR, id_derived BOOLEAN NOT NULL,
                    source_file VARCHAR, source_record BIGINT);
                INSERT INTO posts VALUES ('twitter', 'old', 'a', NULL, TIMESTAMP '2020-01-01', 'second', 'post', 'kept',
                    NULL, NULL, NULL, [], [], [], [], NULL, false, 'old.csv', 2);
                """;
            cmd.ExecuteNonQuery();
        }
        using var store = InvestigationStore.Open(path);
        Assert.Equal(StoreSchema.Version, store.SchemaVersion);
        var s = Records.Import(store, "new", [Records.Post("old"), Records.Post("new")]);
        Assert.Equal((1L, 1L), (s.PostsImported, s.PostsMerged));
        var old = store.ReadPosts().Single(p => p.Id == "old");
        Assert.Equal("kept", old.Text);
        // Its file survives the source_file column: a recovered imports row carries it.
        Assert.Equal(new Provenance("old.csv", 2), old.Provenance);
        Assert.Equal(0, store.Scalar("SELECT count(*) FROM posts WHERE import_id IS NULL"));
        Assert.Equal(1, store.Scalar($"SELECT count(*) FROM imports WHERE path = 'old.csv' AND format = '{StoreSchema.RecoveredFormat}' AND sha256 = ''"));
        Assert.Equal(0, store.Scalar("SELECT count(*) FROM duckdb_columns() WHERE table_name = 'posts' AND column_name = 'source_file'"));
    }

    [Fact]
    public void A_version_2_file_is_migrated_to_enum_columns_and_imports_keeping_every_value_and_file()
    {
        var path = _dir.File("v2.duckdb");
        WriteVersion2File(path);
        using (var store = InvestigationStore.Open(path))
        {
            Assert.Equal(StoreSchema.Version, store.SchemaVersion);
            var posts = store.ReadPosts().ToDictionary(p => p.Id);
            var p1 = posts["p1"];
            Assert.Equal((Platform.VK, PostKind.Forward, TimePrecision.Day), (p1.Platform, p1.Kind, p1.Time.Precision));
            Assert.Equal(("a", "h", "kept", "ru", "t", "ta", "c", true), (p1.AccountId, p1.AccountHandle, p1.Text, p1.Language, p1.TargetPostId, p1.TargetAccountId, p1.Channel, p1.IdDerived));
            Assert.Equal(["https://x.org/"], p1.Urls);
            Assert.Equal(["tag"], p1.Hashtags);
            Assert.Equal(["m"], p1.Mentions);
            Assert.Equal(["0123456789abcdef"], p1.MediaHashes);
            Assert.Equal((Platform.Telegram, PostKind.Comment, TimePrecision.Millisecond), (posts["p2"].Platform, posts["p2"].Kind, posts["p2"].Time.Precision));
            // Version 4 keeps a post's file in imports: p1's import names it; p2 (no import) and p4 (an import of
            // another file) get a recovered imports row per file.
            Assert.Equal(new Provenance("new41.json", 7), p1.Provenance);
            Assert.Equal(new Provenance("old.json", 8), posts["p2"].Provenance);
            Assert.Equal(new Provenance("other.json", 9), posts["p4"].Provenance);
            Assert.Equal(41, store.Scalar("SELECT import_id FROM posts WHERE post_id = 'p1'"));
            Assert.Equal(0, store.Scalar("SELECT count(*) FROM posts WHERE import_id IS NULL"));
            Assert.Equal(2, store.Scalar($"SELECT count(*) FROM imports WHERE format = '{StoreSchema.RecoveredFormat}'"));
            Assert.Equal(1, store.Scalar("SELECT count(*) FROM duckdb_columns() WHERE table_name = 'posts' AND column_name = 'kind' AND data_type LIKE 'ENUM%'"));
            // New imports land in the migrated table and merge with what it held.
            var s = Records.Import(store, "new", [Records.Post("p1", platform: Platform.VK), Records.Post("p3")]);
            Assert.Equal((1L, 1L), (s.PostsImported, s.PostsMerged));
        }
        using (var reopened = InvestigationStore.Open(path))
        {
            Assert.Equal(4, reopened.ReadPosts().Count());
            Assert.Equal(StoreSchema.Version, reopened.SchemaVersion);
        }
    }

    /// <summary>
    /// A migration cut short (the process killed between two of its steps, each committed on its own) is finished
    /// when the file is opened again: nothing is lost and no recovered imports row is made twice.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_migration_cut_short_after_some_steps_is_finished_on_the_next_open(int stepsDone)
    {
        var path = _dir.File($"cut{stepsDone}.duckdb");
        WriteVersion2File(path);
        using (var connection = new DuckDBConnection($"Data Source={path}"))
        {
            connection.Open();
            foreach (var step in StoreSchema.MigrationSteps(2).Take(stepsDone))
            {
                using var transaction = connection.BeginTransaction();
                foreach (var sql in step)
                {
                    using var cmd = connection.CreateCommand();
                    cmd.CommandText = sql;
                    cmd.ExecuteNonQuery();
                }
                transaction.Commit();
            }
        }
        using var store = InvestigationStore.Open(path);
        Assert.Equal(StoreSchema.Version, store.SchemaVersion);
        var posts = store.ReadPosts().ToDictionary(p => p.Id);
        Assert.Equal(new Provenance("new41.json", 7), posts["p1"].Provenance);
        Assert.Equal(new Provenance("old.json", 8), posts["p2"].Provenance);
        Assert.Equal(new Provenance("other.json", 9), posts["p4"].Provenance);
        Assert.Equal(PostKind.Comment, posts["p2"].Kind);
        Assert.Equal(2, store.Scalar($"SELECT count(*) FROM imports WHERE format = '{StoreSchema.RecoveredFormat}'"));
        Assert.Equal(0, store.Scalar("SELECT count(*) FROM duckdb_columns() WHERE table_name = 'posts' AND column_name = 'source_file'"));
    }

    /// <summary>The version 2 layout: names as VARCHAR, import_id last; three posts whose files test the version 4 migration.</summary>
    private static void WriteVersion2File(string path)
    {
        using (var connection = new DuckDBConnection($"Data Source={path}"))
        {
            connection.Open();
            using var cmd = connection.CreateCommand();
            // The version 2 layout: names as VARCHAR, import_id last.
            cmd.CommandText = """
                CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL);
                INSERT INTO schema_version VALUES (1, now()::TIMESTAMP), (2, now()::TIMESTAMP);
                CREATE SEQUENCE imports_id_seq;
                CREATE TABLE imports (import_id BIGINT PRIMARY KEY DEFAULT nextval('imports_id_seq'), path VARCHAR NOT NULL, size BIGINT NOT NULL,
                    sha256 VARCHAR NOT NULL, format VARCHAR NOT NULL, started_at TIMESTAMP NOT NULL,
                    finished_at TIMESTAMP NOT NULL, records_read BIGINT NOT NULL, records_imported BIGINT NOT NULL,
                    records_merged BIGINT NOT NULL, records_rejected BIGINT NOT NULL, posts_read BIGINT NOT NULL,
                    posts_imported BIGINT NOT NULL, posts_merged BIGINT NOT NULL, accounts_read BIGINT NOT NULL,
                    accounts_imported BIGINT NOT NULL, accounts_merged BIGINT NOT NULL);
                INSERT INTO imports VALUES (41, 'new41.json', 10, 'ff', 'vk', now()::TIMESTAMP, now()::TIMESTAMP,
                    1, 1, 0, 0, 1, 1, 0, 0, 0, 0);
                CREATE TABLE posts (platform VARCHAR NOT NULL, post_id VARCHAR NOT NULL, account_id VARCHAR NOT NULL,
                    account_handle VARCHAR, time TIMESTAMP NOT NULL, time_precision VARCHAR NOT NULL, kind VARCHAR NOT NULL,
                    text VARCHAR, language VARCHAR, target_post_id VARCHAR, target_account_id VARCHAR, urls VARCHAR[],
                    hashtags VARCHAR[], mentions VARCHAR[], media_hashes VARCHAR[], channel VARCHAR, id_derived BOOLEAN NOT NULL,
                    source_file VARCHAR, source_record BIGINT, import_id BIGINT);
                INSERT INTO posts VALUES
                    ('vk', 'p1', 'a', 'h', TIMESTAMP '2020-01-01 10:00:00', 'day', 'forward', 'kept', 'ru', 't', 'ta',
                     ['https://x.org/'], ['tag'], ['m'], ['0123456789abcdef'], 'c', true, 'new41.json', 7, 41),
                    ('telegram', 'p2', 'b', NULL, TIMESTAMP '2020-01-02', 'millisecond', 'comment', NULL, NULL, NULL, NULL,
                     [], [], [], [], NULL, false, 'old.json', 8, NULL),
                    ('telegram', 'p4', 'b', NULL, TIMESTAMP '2020-01-03', 'second', 'post', NULL, NULL, NULL, NULL,
                     [], [], [], [], NULL, false, 'other.json', 9, 41);
                """;
            cmd.ExecuteNonQuery();
        }
    }

    [Fact]
    public void A_file_written_by_a_newer_schema_is_refused_with_a_clear_message()
    {
        var path = _dir.File("future.duckdb");
        using (var store = InvestigationStore.Open(path)) store.Execute("INSERT INTO schema_version VALUES (99, now()::TIMESTAMP)");
        var e = Assert.Throws<InvestigationFileException>(() => InvestigationStore.Open(path));
        Assert.Contains("schema version 99", e.Message);
    }
}
