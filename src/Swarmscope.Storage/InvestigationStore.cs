using System.Globalization;
using DuckDB.NET.Data;
using Swarmscope.Core;
using Swarmscope.Core.Findings;

namespace Swarmscope.Storage;

/// <summary>
/// One investigation = one DuckDB file, readable with DuckDB's own CLI, Python or R (schema in docs/store.md).
/// Analyses read through <see cref="ReadPosts"/> and <see cref="ReadAccounts"/>; imports write through
/// <see cref="BeginImport"/>, which stages a file's records and merges them in one transaction.
/// A DuckDB file is opened by one process at a time.
/// </summary>
public sealed class InvestigationStore : IDisposable
{
    private readonly DuckDBConnection _connection;
    private bool _importOpen;
    /// <summary>The file's schema version: <see cref="StoreSchema.Version"/> unless a read-only open found an older file it could not upgrade.</summary>
    private long _version;

    public string Path { get; }

    internal DuckDBConnection Connection => _connection;

    private InvestigationStore(string path, DuckDBConnection connection)
    {
        Path = path;
        _connection = connection;
        Feed = PostsFeed.Register(connection);
    }

    /// <summary>The table function imports insert posts through (see <see cref="PostsFeed"/>).</summary>
    internal PostsFeed Feed { get; }

    /// <summary>Opens the investigation file, creating it (and its tables) when absent.</summary>
    /// <param name="memoryLimit">DuckDB's memory limit, e.g. "1GB"; staging spills to disk beyond it, so memory stays bounded.</param>
    public static InvestigationStore Open(string path, string memoryLimit = "1GB") => Open(path, memoryLimit, readOnly: false);

    /// <summary>
    /// Opens an existing investigation file read-only (DuckDB's access mode): nothing can be written, a file on a
    /// read-only disk can be read, and other read-only processes may read it at the same time.
    /// </summary>
    /// <remarks>
    /// A file of an older schema is brought up to date first by opening it for writing once (the same migration any
    /// writing command runs). When it cannot be written (a read-only disk, another process reading it), a version 4
    /// file is read as it is: its posts and accounts are those of today, and it has no stored runs.
    /// </remarks>
    public static InvestigationStore OpenReadOnly(string path, string memoryLimit = "1GB") => OpenReadOnly(path, memoryLimit, upgrade: true);

    internal static InvestigationStore OpenReadOnly(string path, string memoryLimit, bool upgrade)
    {
        var store = Open(path, memoryLimit, readOnly: true);
        var version = store._version;
        if (version == StoreSchema.Version) return store;
        store.Dispose();
        if (upgrade)
        {
            try
            {
                using (Open(path, memoryLimit, readOnly: false)) { }
                return Open(path, memoryLimit, readOnly: true);
            }
            catch (InvestigationFileException e) when (version < StoreSchema.FindinglessVersion)
            {
                throw new InvestigationFileException($"{path}: this investigation file has schema version {version}, older than this Swarmscope's " +
                                                     $"{StoreSchema.Version}, and could not be brought up to date: {e.Message}", e);
            }
            catch (InvestigationFileException) { }
        }
        if (version < StoreSchema.FindinglessVersion)
            throw new InvestigationFileException($"{path}: this investigation file has schema version {version}, older than this Swarmscope's " +
                                                 $"{StoreSchema.Version}; open it once with a command that writes (swarmscope import FILES --db {path}) to bring it up to date.");
        return Open(path, memoryLimit, readOnly: true);
    }

    private static InvestigationStore Open(string path, string memoryLimit, bool readOnly)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (readOnly && !File.Exists(full)) throw new InvestigationFileException($"{path}: no such investigation file");
        RefuseNonDatabase(path, full);
        var dir = System.IO.Path.GetDirectoryName(full);
        if (!readOnly && !string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var connection = new DuckDBConnection($"Data Source={full}" + (readOnly ? ";ACCESS_MODE=READ_ONLY" : ""));
        try
        {
            try { connection.Open(); }
            catch (DuckDBException e) when (e.Message.Contains("Could not set lock", StringComparison.Ordinal))
            {
                throw new InvestigationFileException($"{path}: another process is using this investigation file (DuckDB lets one process " +
                                                     $"open it at a time); wait for it to finish. DuckDB said: {e.Message}", e);
            }
            catch (DuckDBException e) { throw new InvestigationFileException($"{path}: cannot open the investigation file: {e.Message}", e); }
            var store = new InvestigationStore(path, connection);
            // DuckDB opens an existing CSV or JSON file as an in-memory database over it: everything imported would
            // vanish at exit. RefuseNonDatabase catches that before; this catches any other way of ending up in memory.
            if (store.Text("SELECT path FROM duckdb_databases() WHERE database_name = current_database()") is not { Length: > 0 })
                throw new InvestigationFileException($"{path}: DuckDB opened this as an in-memory database, not as a file; nothing would be kept. Name a .duckdb file.");
            store.Execute($"SET memory_limit = '{memoryLimit.Replace("'", "")}'");
            // Checkpoint (recompress and rewrite) once when the store closes, not after every imported file's
            // commit: measured ~15% less CPU and ~150 MB less peak memory on an IRA file. Commits stay durable via the WAL.
            store.Execute("SET checkpoint_threshold = '1GB'");
            // No row-group vacuum when the store checkpoints. Each import leaves a partly filled row group per DuckDB
            // thread; a checkpoint that happened to find two small ones side by side rewrote them, adding ~1.4 s and
            // ~45 MB to the IRA import in 2 of 5 runs (0 of 5 with this setting). Deleted rows are rare here; any
            // DuckDB session that opens the file with default settings may still compact it.
            store.Execute("SET max_vacuum_tasks = 0");
            // Lets DuckDB run the posts INSERT on all its threads (keeping insertion order would feed it from one).
            // Nothing here reads posts in table order: every read of rows says ORDER BY.
            store.Execute("SET preserve_insertion_order = false");
            // Each of DuckDB's threads compresses and writes a row group as soon as it is full, instead of buffering
            // up to five (or 20% of memory_limit): compression overlaps parsing instead of trailing each file, and
            // less memory is touched for the first time (dear on this VM, ~4 ms per MB). IRA import: peak working set
            // 625 MB instead of 710 MB, 150k page faults instead of 172k, median 6.98 s against 7.73 s and 12.7 against
            // 13.5 CPU-s in 8 interleaved pairs.
            store.Execute("SET write_buffer_row_group_count = 1");
            if (readOnly)
            {
                store._version = store.StoredVersion();
                if (store._version == 0)
                    throw new InvestigationFileException($"{path}: a DuckDB database but not an investigation file (no schema_version table); create one with 'swarmscope import FILES --db NEW.duckdb'");
                store.RefuseNewerVersion(store._version);
                return store;
            }
            store.CreateOrMigrate();
            store._version = StoreSchema.Version;
            store.ImportKeysCoverStore = store.Scalar("SELECT count(*) FROM (SELECT 1 FROM posts LIMIT 1)") == 0;
            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// An existing file must be a DuckDB database (its header carries "DUCK" at byte 8). An export named by mistake
    /// after --db would otherwise be opened by DuckDB as an in-memory view of itself: the import would report success
    /// and keep nothing. (DuckDB refuses an empty file too, but some names make it open one in memory.)
    /// </summary>
    private static void RefuseNonDatabase(string path, string full)
    {
        if (!File.Exists(full)) return;
        Span<byte> head = stackalloc byte[12];
        int n;
        try
        {
            using var file = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            n = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvestigationFileException($"{path}: cannot read the investigation file: {e.Message}", e);
        }
        if (n == 12 && head[8..].SequenceEqual("DUCK"u8)) return;
        if (n == 0)
            throw new InvestigationFileException($"{path}: the file is empty, so it is not an investigation file. Delete it, or name a file that does not exist yet to create one.");
        var text = n > 0 && head[..n].IndexOfAnyInRange((byte)0, (byte)8) < 0;
        throw new InvestigationFileException(
            $"{path}: not an investigation file (not a DuckDB database{(text ? "; it starts like text: an export?" : "")}). " +
            "Put the files to import before --db and a new or existing .duckdb file after it, e.g. " +
            "swarmscope import export.csv --db inv.duckdb");
    }

    /// <summary>
    /// A new file gets every table and the current version in one transaction; an older file is brought to the
    /// current schema step by step (<see cref="StoreSchema.MigrationSteps"/>); a newer one is refused untouched.
    /// </summary>
    private void CreateOrMigrate()
    {
        var version = StoredVersion();
        RefuseNewerVersion(version);
        if (version == 0)
        {
            using var transaction = _connection.BeginTransaction();
            Execute(StoreSchema.CreateTables);
            Execute(StoreSchema.CreateFindingsTables);
            Execute(StoreSchema.CreateNarrativeTables);
            Execute($"INSERT INTO schema_version VALUES ({StoreSchema.Version}, now()::TIMESTAMP)");
            transaction.Commit();
        }
        else if (version < StoreSchema.Version)
        {
            Execute(StoreSchema.CreateTables); // tables a version 1 file lacks (imports); the others exist
            Migrate(version);
        }
    }

    /// <summary>The version in the file's schema_version table; 0 when it has none (a new file, or not an investigation).</summary>
    private long StoredVersion() =>
        Scalar("SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND table_name = 'schema_version'") == 0
            ? 0 : Scalar("SELECT coalesce(max(version), 0) FROM schema_version");

    private void RefuseNewerVersion(long version)
    {
        if (version > StoreSchema.Version)
            throw new InvestigationFileException($"{Path}: this investigation file has schema version {version}; this Swarmscope reads up to " +
                                                 $"{StoreSchema.Version}. Open it with a newer Swarmscope (the file was left unchanged).");
    }

    /// <summary>Brings an older file to the current schema, step by step, each step one transaction.</summary>
    private void Migrate(long fromVersion)
    {
        foreach (var step in StoreSchema.MigrationSteps(fromVersion))
        {
            using var transaction = _connection.BeginTransaction();
            foreach (var sql in step) Execute(sql);
            transaction.Commit();
        }
    }

    /// <summary>False for a version 4 file read as it is (see <see cref="OpenReadOnly(string, string)"/>): it has no runs.</summary>
    public bool HasFindings => _version >= StoreSchema.FindingsVersion;

    /// <summary>False for a file older than version 6 read as it is: it has no narratives tables (and so no narratives runs).</summary>
    public bool HasNarratives => _version >= StoreSchema.Version;

    /// <summary>The schema version recorded in the file.</summary>
    public int SchemaVersion => (int)Scalar("SELECT max(version) FROM schema_version");

    /// <summary>
    /// Starts importing one file. Feed the returned sink to an importer, then <see cref="ImportBatch.Commit"/>;
    /// disposing it without committing leaves the store exactly as it was.
    /// </summary>
    public ImportBatch BeginImport(ImportSource source, bool stopOnFirstRejected = true, Action<RejectedRecord>? onRejected = null) =>
        new(this, source, stopOnFirstRejected, onRejected);

    /// <summary>A batch that parses into a backlog and touches DuckDB only once started (see <see cref="ImportQueue.ImportFiles"/>).</summary>
    internal ImportBatch PrepareImport(ImportSource source, bool stopOnFirstRejected, Action<RejectedRecord>? onRejected) =>
        new(this, source, stopOnFirstRejected, onRejected, deferStart: true);

    /// <summary>Called when a batch starts: one import at a time per store.</summary>
    internal void OpenImport()
    {
        if (_importOpen) throw new InvalidOperationException("another import batch is still open on this store");
        _importOpen = true;
    }

    /// <summary>Ends the open import; a rolled-back import's keys are in the set but not in the store, so the set is dropped.</summary>
    internal void EndImport(bool committed)
    {
        _importOpen = false;
        if (!committed)
        {
            ImportKeysCoverStore = false;
            ImportKeys.Clear();
        }
    }

    /// <summary>
    /// True while <see cref="ImportKeys"/> holds the key of every stored post: the store had no posts when opened
    /// and every import since then committed without overflowing the set.
    /// </summary>
    internal bool ImportKeysCoverStore { get; set; }

    /// <summary>
    /// Keys (128-bit hashes of platform and post id) of the posts imported through this store object: those of the
    /// file being imported, and of all files since the store was opened empty while <see cref="ImportKeysCoverStore"/>
    /// holds. Kept by the store so the next file reuses the grown table.
    /// </summary>
    internal PostKeySet ImportKeys { get; } = new();

    /// <summary>How many chunks of posts the next file's parser may hold while the previous file commits (tests lower it).</summary>
    internal int ImportBacklogChunks { get; set; } = ImportBatch.DefaultBacklogChunks;

    /// <summary>How many bytes of encoded text that backlog may hold, whatever its chunk count (tests lower it).</summary>
    internal long ImportBacklogBytes { get; set; } = ImportBatch.DefaultBacklogBytes;

    /// <summary>How many keys an import remembers before leaving repeats to DuckDB (tests lower it to reach that path).</summary>
    internal int ImportKeyLimit { get; set; } = ImportBatch.DefaultKeyLimit;

    /// <summary>The earlier import of a file with this SHA-256, or null when there was none.</summary>
    public ImportSummary? FindImport(string sha256)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = """
            SELECT path, format, posts_read, posts_imported, posts_merged, accounts_read, accounts_imported,
                   accounts_merged, records_rejected, epoch_ms(finished_at) - epoch_ms(started_at)
            FROM imports WHERE sha256 = $sha ORDER BY import_id LIMIT 1
            """;
        cmd.Parameters.Add(new DuckDBParameter("sha", sha256));
        using var r = cmd.ExecuteReader();
        if (!r.Read()) return null;
        return new ImportSummary
        {
            Path = r.GetString(0), Format = r.GetString(1),
            PostsRead = r.GetInt64(2), PostsImported = r.GetInt64(3), PostsMerged = r.GetInt64(4),
            AccountsRead = r.GetInt64(5), AccountsImported = r.GetInt64(6), AccountsMerged = r.GetInt64(7),
            Rejected = r.GetInt64(8), Seconds = r.GetInt64(9) / 1000.0, AlreadyImported = true,
        };
    }

    /// <summary>Stores a detection run and its findings in one transaction; returns the new run's id.</summary>
    public long RecordDetection(AnalysisRun run, DetectionFindings findings) => FindingsWriter.WriteDetection(this, run, findings);

    /// <summary>Stores a score run and its account scores in one transaction; returns the new run's id.</summary>
    public long RecordScore(AnalysisRun run, ScoreFindings findings) => FindingsWriter.WriteScore(this, run, findings);

    /// <summary>Every recorded run, oldest first.</summary>
    public IReadOnlyList<AnalysisRun> Runs() => HasFindings ? FindingsReader.Runs(_connection) : [];

    /// <summary>The run with this id, or null.</summary>
    public AnalysisRun? FindRun(long runId) => HasFindings ? FindingsReader.Runs(_connection, "WHERE run_id = $run", runId: runId).FirstOrDefault() : null;

    /// <summary>The newest complete run of a kind (<see cref="RunKind"/>), or null when there is none.</summary>
    public AnalysisRun? LatestRun(string kind) => !HasFindings ? null :
        FindingsReader.Runs(_connection, $"WHERE kind = $kind AND status = '{RunStatus.Complete}'", kind: kind).LastOrDefault();

    /// <summary>A stored detection run's findings: settings, layers, edges with their layers, clusters (evidence: <see cref="ReadEvidence"/>).</summary>
    public DetectionFindings ReadDetection(AnalysisRun run) =>
        run.Kind == RunKind.Detection ? FindingsReader.Detection(_connection, run)
            : throw new ArgumentException($"run {run.RunId} is a {run.Kind} run, not a detection run", nameof(run));

    /// <summary>
    /// Streams a detection run's evidence ordered by edge, at most <paramref name="perEdge"/> pairs per edge, each post
    /// joined from the posts table (id, time, kind, text, file:record).
    /// </summary>
    public IEnumerable<EvidencePair> ReadEvidence(long runId, int perEdge = int.MaxValue) => FindingsReader.Evidence(_connection, runId, perEdge);

    /// <summary>
    /// The evidence of the given edges of a detection run (at most <paramref name="perEdge"/> pairs each), ordered by
    /// edge, with both posts' texts, handles, channels and whether their ids were derived: what a report shows.
    /// </summary>
    public IEnumerable<EvidencePair> ReadReportEvidence(long runId, IReadOnlyCollection<int> edgeIds, int perEdge) =>
        ReportReader.Evidence(_connection, runId, edgeIds, perEdge);

    /// <summary>Posts of each cluster's members of a detection run per bucket of <paramref name="bucketMinutes"/> (UTC), ordered by cluster and bucket.</summary>
    public IEnumerable<ActivityBucket> ReadMemberActivity(long runId, int bucketMinutes) => ReportReader.MemberActivity(_connection, runId, bucketMinutes);

    /// <summary>Every imported file, first import first.</summary>
    public IReadOnlyList<StoredImport> ReadImports() => ReportReader.Imports(_connection);

    /// <summary>A stored score run's account scores (signals, reasons) and farm likelihoods.</summary>
    public ScoreFindings ReadScore(AnalysisRun run) =>
        run.Kind == RunKind.Score ? FindingsReader.Score(_connection, run.RunId)
            : throw new ArgumentException($"run {run.RunId} is a {run.Kind} run, not a score run", nameof(run));

    /// <summary>Stores a narratives run and its findings in one transaction; returns the new run's id.</summary>
    public long RecordNarratives(AnalysisRun run, NarrativeFindings findings) =>
        run.Kind == RunKind.Narratives ? NarrativeFindingsWriter.Write(this, run, findings)
            : throw new ArgumentException($"run kind {run.Kind} is not {RunKind.Narratives}", nameof(run));

    /// <summary>
    /// A stored narratives run's findings, with the texts of the posts they show; template members beyond their
    /// examples only with <paramref name="templatePosts"/> (they can be most of the posts).
    /// </summary>
    public NarrativeFindings ReadNarratives(AnalysisRun run, bool templatePosts = true) =>
        run.Kind == RunKind.Narratives ? NarrativeFindingsReader.Read(_connection, run, templatePosts)
            : throw new ArgumentException($"run {run.RunId} is a {run.Kind} run, not a narratives run", nameof(run));

    /// <summary>Streams all posts ordered by platform, account, time (DuckDB sorts out of core; nothing is materialised here).</summary>
    public IEnumerable<Post> ReadPosts() => ReadPosts(null);

    /// <summary>Streams the posts of one platform (or all when null), ordered by platform, account, time.</summary>
    public IEnumerable<Post> ReadPosts(Platform? platform)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = $"SELECT {StoreSchema.PostColumnsWithFile} FROM posts LEFT JOIN imports USING (import_id)" +
                          (platform is null ? "" : " WHERE platform = $platform") +
                          " ORDER BY platform, account_id, time, post_id";
        if (platform is { } p) cmd.Parameters.Add(new DuckDBParameter("platform", StoreNames.Of(p)));
        cmd.UseStreamingMode = true;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var time = r.GetDateTime(4);
            yield return new Post
            {
                Platform = StoreNames.ParsePlatform(r.GetString(0)),
                Id = r.GetString(1),
                AccountId = r.GetString(2),
                AccountHandle = NullableString(r, 3),
                Time = new Timestamp(ToUnixMilliseconds(time), StoreNames.ParsePrecision(r.GetString(5))),
                Kind = StoreNames.ParseKind(r.GetString(6)),
                Text = NullableString(r, 7),
                Language = NullableString(r, 8),
                TargetPostId = NullableString(r, 9),
                TargetAccountId = NullableString(r, 10),
                Urls = StringList(r, 11),
                Hashtags = StringList(r, 12),
                Mentions = StringList(r, 13),
                MediaHashes = StringList(r, 14),
                Channel = NullableString(r, 15),
                IdDerived = r.GetBoolean(16),
                Provenance = new Provenance(NullableString(r, 18) ?? "", r.IsDBNull(17) ? 0 : r.GetInt64(17)),
            };
        }
    }

    /// <summary>Streams all accounts ordered by platform and id.</summary>
    public IEnumerable<Account> ReadAccounts()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = $"SELECT {StoreSchema.AccountColumns} FROM accounts ORDER BY platform, account_id";
        cmd.UseStreamingMode = true;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            yield return new Account
            {
                Platform = StoreNames.ParsePlatform(r.GetString(0)),
                Id = r.GetString(1),
                Handle = NullableString(r, 2),
                DisplayName = NullableString(r, 3),
                CreatedAt = r.IsDBNull(4) ? null : new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(4), DateTimeKind.Utc)),
                Followers = r.IsDBNull(5) ? null : r.GetInt64(5),
                Following = r.IsDBNull(6) ? null : r.GetInt64(6),
                PostCount = r.IsDBNull(7) ? null : r.GetInt64(7),
                Description = NullableString(r, 8),
                Location = NullableString(r, 9),
                Language = NullableString(r, 10),
                ProfileImageUrl = NullableString(r, 11),
                ProfileImageHash = r.IsDBNull(12) ? null : r.GetFieldValue<ulong>(12),
                Verified = r.IsDBNull(13) ? null : r.GetBoolean(13),
                Provenance = new Provenance(NullableString(r, 14) ?? "", r.IsDBNull(15) ? 0 : r.GetInt64(15)),
            };
        }
    }

    /// <summary>How many posts the store holds.</summary>
    public long CountPosts() => Scalar("SELECT count(*) FROM posts");

    /// <summary>Totals and posts per platform, kind and month (yyyy-MM, UTC).</summary>
    public StoreStats Stats()
    {
        var platforms = Counts("SELECT platform, count(*) FROM posts GROUP BY 1 ORDER BY 1");
        var kinds = Counts("SELECT kind, count(*) FROM posts GROUP BY 1 ORDER BY 1");
        var months = Counts("SELECT strftime(time, '%Y-%m'), count(*) FROM posts GROUP BY 1 ORDER BY 1");
        DateTimeOffset? first = null, last = null;
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "SELECT min(time), max(time) FROM posts";
            using var r = cmd.ExecuteReader();
            if (r.Read() && !r.IsDBNull(0))
            {
                first = new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(0), DateTimeKind.Utc));
                last = new DateTimeOffset(DateTime.SpecifyKind(r.GetDateTime(1), DateTimeKind.Utc));
            }
        }
        return new StoreStats(Scalar("SELECT count(*) FROM posts"), Scalar("SELECT count(*) FROM accounts"),
            Scalar("SELECT count(*) FROM imports"), platforms, kinds, months, first, last);
    }

    internal void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    internal string? Text(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar() as string;
    }

    internal long Scalar(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        var v = cmd.ExecuteScalar();
        return v is null or DBNull ? 0 : Convert.ToInt64(v, CultureInfo.InvariantCulture);
    }

    private SortedDictionary<string, long> Counts(string sql)
    {
        var result = new SortedDictionary<string, long>(StringComparer.Ordinal);
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        while (r.Read()) result[r.IsDBNull(0) ? "" : r.GetString(0)] = r.GetInt64(1);
        return result;
    }

    private static string? NullableString(DuckDBDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static string[] StringList(DuckDBDataReader r, int i) =>
        r.IsDBNull(i) ? [] : r.GetFieldValue<List<string>>(i).ToArray();

    internal static long ToUnixMilliseconds(DateTime utc) => (utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;

    internal static DateTime FromUnixMilliseconds(long ms) => new(DateTime.UnixEpoch.Ticks + ms * TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);

    public void Dispose()
    {
        _connection.Dispose();
        Feed.Dispose();
    }
}
