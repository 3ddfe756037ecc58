using System.Diagnostics;
using System.IO.Hashing;
using DuckDB.NET.Data;
using Swarmscope.Core;

namespace Swarmscope.Storage;

/// <summary>
/// The sink for one file's import. The importer's thread queues posts in chunks; a second thread runs one
/// <c>INSERT INTO posts SELECT * FROM swarmscope_posts()</c> inside the batch's open transaction, and DuckDB's worker
/// threads take the chunks in file order, drop repeated keys (<see cref="DropRepeats"/>), fill their vectors and
/// compress and write row groups in parallel (<see cref="PostsFeed"/>). Memory is bounded by the queue, not by the file. Every row carries this import's
/// import_id. Accounts are merged field-wise in memory (there are far fewer of them than posts). <see cref="Commit"/>
/// deletes rows whose (platform, post_id) was already stored (only when a key-only probe finds any), merges the
/// accounts and fills in the file's imports row, then commits: the whole file is ONE transaction, so a failure or a
/// killed process before that commit leaves the store unchanged.
/// <para>
/// A batch of a multi-file import is created before its turn (<see cref="ImportQueue.ImportFiles"/>): its parser
/// fills a bounded backlog while the previous file commits, and nothing touches DuckDB until <see cref="Start"/>
/// (or <see cref="Skip"/>, when the file was imported before or an earlier file failed).
/// </para>
/// A table function replaced a hand-over through a temporary CSV file, which spent most of the import in DuckDB
/// (measurements: docs/import-performance.md, "Measurements behind the code").
/// </summary>
public sealed class ImportBatch : IRecordSink, IDisposable
{
    /// <summary>Keys remembered per file to drop repeats before they are appended: 16-bytes slots at most 70% full, so ≤ 128 MB.</summary>
    internal const int DefaultKeyLimit = 4_000_000;
    private const int ChunksInFlight = 16;

    private readonly InvestigationStore _store;
    private readonly ImportSource _source;
    private readonly bool _stopOnFirstRejected;
    private readonly Action<RejectedRecord>? _onRejected;
    private PostsFeed.Delivery? _delivery;
    private Task? _appendTask;
    private readonly Dictionary<(Platform, string), Account> _accounts = new();
    private readonly DateTime _startedAt = DateTime.UtcNow;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private PostChunk _chunk;
    private long _postsRead;
    private long _accountsRead;
    private long _rejected;
    private volatile bool _appendFailed;
    private bool _finished;
    private DuckDBTransaction? _transaction;
    private long _importId;
    private long _postsAppended;
    private readonly PostKeySet _keys;
    private int[] _keptRows = [];
    private bool _keysOverflowed;
    private bool _keysCoverStore;
    private bool _storeHadPosts;
    private bool _committed;

    /// <summary>Chunks parsed before <see cref="Start"/>: the next file's parser runs while the previous file commits.</summary>
    private readonly List<PostChunk> _backlog = [];
    private long _backlogBytes;

    /// <summary>
    /// The backlog also stops at this many bytes of encoded text: 128 chunks of IRA tweets hold ~50 MB, but 128 chunks
    /// of 5 KB posts would hold 1.3 GB.
    /// </summary>
    internal const long DefaultBacklogBytes = 128L << 20;
    private readonly ManualResetEventSlim _startedOrSkipped = new();
    private volatile bool _running;
    private volatile bool _skipped;

    /// <summary>
    /// How many chunks a deferred batch holds before its parser waits for <see cref="Start"/>: more posts than the
    /// parser reads while the previous file commits, so it never waits there (measured: docs/import-performance.md).
    /// </summary>
    internal const int DefaultBacklogChunks = 128;

    /// <param name="deferStart">
    /// True: nothing touches DuckDB until <see cref="Start"/> (or <see cref="Skip"/>); posts queue in a bounded backlog
    /// meanwhile. <see cref="ImportQueue.ImportFiles"/> starts the next file's batch once the previous one committed.
    /// </param>
    internal ImportBatch(InvestigationStore store, ImportSource source, bool stopOnFirstRejected, Action<RejectedRecord>? onRejected,
        bool deferStart = false)
    {
        _store = store;
        _source = source;
        _keys = store.ImportKeys;
        _stopOnFirstRejected = stopOnFirstRejected;
        _onRejected = onRejected;
        _chunk = store.Feed.RentChunk();
        if (!deferStart) Start();
    }

    /// <summary>
    /// Opens the file's transaction, inserts its imports row and starts the posts INSERT, then lets the parser's
    /// backlog through. Runs on the thread that owns the store's connection, after the previous import ended.
    /// </summary>
    internal void Start()
    {
        _store.OpenImport();
        try
        {
            StartInStore();
        }
        catch
        {
            _store.EndImport(committed: true); // nothing of this batch reached the key set
            throw;
        }
        _running = true;
        _startedOrSkipped.Set();
        Trace("started");
    }

    /// <summary>The file will not be imported (imported before, or an earlier file failed): the parser stops, posts are dropped.</summary>
    internal void Skip()
    {
        _skipped = true;
        _startedOrSkipped.Set();
    }

    private void StartInStore()
    {
        var store = _store;
        // When the set already holds every key stored since the store was opened empty, keys of earlier files are
        // caught here too and commit needs no probe; otherwise the set starts empty for this file.
        _keysCoverStore = store.ImportKeysCoverStore;
        if (!_keysCoverStore) _keys.Clear();
        _store.Execute(StoreSchema.CreateStaging);
        // Everything of this file happens in one transaction, committed only by Commit(); the posts INSERT runs in
        // the connection's open transaction. The imports row comes first so the posts can carry its id.
        _transaction = store.Connection.BeginTransaction();
        try
        {
            _storeHadPosts = !_keysCoverStore && store.Scalar("SELECT count(*) FROM (SELECT 1 FROM posts LIMIT 1)") > 0;
            _importId = InsertImportRow(store.Connection);
        }
        catch
        {
            _transaction.Rollback();
            _transaction.Dispose();
            throw;
        }
        _delivery = store.Feed.Open(_importId, ChunksInFlight, DropRepeats);
        _appendTask = Task.Factory.StartNew(InsertPosts, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public ImportSource Source => _source;
    public long PostsRead => _postsRead;
    public long AccountsRead => _accountsRead;
    public long RejectedCount => _rejected;

    /// <summary>The first rejected record, kept so the caller can name file, record, field and reason.</summary>
    public RejectedRecord? FirstRejected { get; private set; }

    /// <summary>True once the import should stop: a rejection without --skip-bad, or the posts INSERT failed.</summary>
    public bool Stopped => _skipped || _appendFailed || (_stopOnFirstRejected && _rejected > 0);

    /// <summary>
    /// Runs on the importer's thread: encodes the post into the current chunk (the post itself is not kept) and queues
    /// full chunks. Repeats are dropped later, in file order (<see cref="DropRepeats"/>). The store keeps a post's file
    /// once per import (imports.path), so a post must come from this import's file.
    /// </summary>
    public void Post(Post post)
    {
        var file = post.Provenance.SourceFile;
        if (file is not null && !ReferenceEquals(file, _source.Path) && file != _source.Path)
            throw new ArgumentException($"post {post.Id} names source file '{file}' but this import reads '{_source.Path}': " +
                                        "a post's file is stored as its import's path", nameof(post));
        _postsRead++;
        _chunk.Add(post);
        if (_chunk.IsFull) Flush();
    }

    /// <summary>
    /// Keeps the first copy of each key (<see cref="PostChunk.Keep"/>); returns how many posts remain. The feed calls it for
    /// one chunk at a time, in queue (= file) order, on one of DuckDB's threads while another fills vectors: the
    /// importer's thread, the slowest stage of an import, no longer hashes keys and probes the set (~20% of its time
    /// on the IRA files).
    /// </summary>
    private int DropRepeats(PostChunk posts)
    {
        var count = posts.Count;
        if (_keysOverflowed) return count;
        if (_keptRows.Length < count) _keptRows = new int[posts.Capacity];
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            if (!_keys.Add(KeyOf(posts, i))) continue; // counted as merged at commit
            _keptRows[kept++] = i;
            // Past this many keys the set would cost more memory than it saves; commit then finds the repeats in DuckDB.
            if (_keys.Count >= _store.ImportKeyLimit)
            {
                _keysOverflowed = true;
                // Keys of earlier files are gone with the set, so commit must ask DuckDB about them as well.
                _storeHadPosts |= _keysCoverStore;
                _store.ImportKeysCoverStore = false;
                _keys.Clear();
                for (var rest = i + 1; rest < count; rest++) _keptRows[kept++] = rest;
                break;
            }
        }
        if (kept < count) posts.Keep(_keptRows.AsSpan(0, kept));
        return kept;
    }

    public void Account(Account account)
    {
        _accountsRead++;
        var key = (account.Platform, account.Id);
        if (_accounts.TryGetValue(key, out var known)) AccountMerge.Into(known, account);
        else _accounts[key] = account;
    }

    public void Rejected(RejectedRecord rejected)
    {
        _rejected++;
        FirstRejected ??= rejected;
        _onRejected?.Invoke(rejected);
    }

    private void Flush()
    {
        if (_chunk.Count == 0) return;
        var full = _chunk;
        _chunk = _store.Feed.RentChunk();
        if (!_running)
        {
            _backlog.Add(full);
            _backlogBytes += full.EncodedBytes;
            if (_backlog.Count < _store.ImportBacklogChunks && _backlogBytes < _store.ImportBacklogBytes) return;
            // Back-pressure before the start too: the backlog is bounded.
            _startedOrSkipped.Wait();
            if (_skipped)
            {
                DropBacklog();
                return;
            }
            DeliverBacklog();
            return;
        }
        if (_backlog.Count > 0) DeliverBacklog();
        // Back-pressure: the parser waits for DuckDB instead of buffering the file in memory.
        if (!_delivery!.Add(full)) _store.Feed.ReturnChunk(full);
    }

    private void DeliverBacklog()
    {
        foreach (var posts in _backlog)
            if (!_delivery!.Add(posts)) _store.Feed.ReturnChunk(posts);
        _backlog.Clear();
        _backlogBytes = 0;
    }

    private void DropBacklog()
    {
        foreach (var posts in _backlog) _store.Feed.ReturnChunk(posts);
        _backlog.Clear();
        _backlogBytes = 0;
    }

    /// <summary>
    /// Runs on its own thread for the whole file: one INSERT that DuckDB's threads feed from the queue. The store
    /// runs with preserve_insertion_order = false (see <see cref="InvestigationStore.Open"/>); repeats within the file
    /// were already dropped in file order, and the rare DuckDB-side search orders by record number.
    /// </summary>
    private void InsertPosts()
    {
        try
        {
            using var insert = _store.Connection.CreateCommand();
            insert.CommandText = $"INSERT INTO posts SELECT * FROM {PostsFeed.FunctionName}()";
            _postsAppended = insert.ExecuteNonQuery();
        }
        catch
        {
            _appendFailed = true;
            _delivery!.Fail();
            // Drain so nothing stays rented; the error surfaces from Commit.
            while (_delivery.TryTakeNow(out var posts)) _store.Feed.ReturnChunk(posts);
            throw;
        }
    }

    /// <summary>
    /// A 128-bit XxHash of the post id's bytes exactly as DuckDB will store them (<see cref="PostChunk"/>: UTF-8,
    /// <see cref="StoredText"/>), seeded with the platform, so equal ids of different platforms are different keys
    /// and ids DuckDB would store alike are one key. Two distinct keys of one file collide with probability about
    /// n²/2¹²⁹ (≈ 10⁻²⁶ at the cap), far below any hardware error rate.
    /// </summary>
    private static UInt128 KeyOf(PostChunk posts, int row)
    {
        posts.String(PostChunk.PostId, row, out var id);
        return XxHash128.HashToUInt128(id, posts.Platform[row]);
    }

    private void AppendAccounts()
    {
        using var appender = _store.Connection.CreateAppender("staging_accounts");
        foreach (var a in _accounts.Values)
        {
            appender.CreateRow()
                .AppendValue(StoreNames.Of(a.Platform))
                .AppendValue(StoredText.Clean(a.Id))
                .AppendValue(StoredText.Clean(a.Handle))
                .AppendValue(StoredText.Clean(a.DisplayName))
                .AppendValue(a.CreatedAt?.UtcDateTime)
                .AppendValue(a.Followers)
                .AppendValue(a.Following)
                .AppendValue(a.PostCount)
                .AppendValue(StoredText.Clean(a.Description))
                .AppendValue(StoredText.Clean(a.Location))
                .AppendValue(StoredText.Clean(a.Language))
                .AppendValue(StoredText.Clean(a.ProfileImageUrl))
                .AppendValue(a.ProfileImageHash)
                .AppendValue(a.Verified)
                .AppendValue(StoredText.Clean(a.Provenance.SourceFile))
                .AppendValue(a.Provenance.Record)
                .EndRow();
        }
        appender.Close();
    }

    /// <summary>Hands over the last chunk, ends the queue and waits for the INSERT, rethrowing its failure.</summary>
    private void FinishAppending()
    {
        if (!_running)
        {
            // Never started (skipped, or abandoned before its turn): nothing reached DuckDB.
            _chunk.Clear();
            DropBacklog();
            return;
        }
        try
        {
            Flush();
            DeliverBacklog();
        }
        finally
        {
            _delivery!.Complete();
            try { _appendTask!.GetAwaiter().GetResult(); }
            finally { _store.Feed.Close(_delivery); }
        }
    }

    /// <summary>
    /// Deletes this import's appended rows that are not the first copy of their (platform, post_id): keys stored by
    /// earlier imports win, and within the file the earliest row (by record number, then row id) wins.
    /// Usually there is nothing to do: repeats within the file were dropped before appending, and an empty store
    /// holds no earlier keys. A DELETE inside the transaction makes DuckDB re-append the whole file at commit
    /// instead of keeping the row groups it already wrote, so it runs only when a key-only probe finds repeats.
    /// Returns the number of rows deleted.
    /// </summary>
    private long DeleteRepeats(DuckDBConnection connection)
    {
        if (!_storeHadPosts && !_keysOverflowed) return 0;
        const string storedBefore = """
            SELECT n.rowid FROM posts n
            SEMI JOIN (SELECT platform, post_id FROM posts WHERE import_id IS DISTINCT FROM $id) o
                ON o.platform = n.platform AND o.post_id = n.post_id
            WHERE n.import_id = $id
            """;
        const string repeatedInFile = """
            SELECT rowid FROM posts WHERE import_id = $id
            QUALIFY row_number() OVER (PARTITION BY platform, post_id ORDER BY source_record, rowid) > 1
            """;
        var repeats = _keysOverflowed ? $"{repeatedInFile} UNION ALL {storedBefore}" : storedBefore;
        using (var probe = connection.CreateCommand())
        {
            probe.CommandText = $"SELECT count(*) FROM ({repeats})";
            probe.Parameters.Add(new DuckDBParameter("id", _importId));
            if (Convert.ToInt64(probe.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0) return 0;
        }
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"DELETE FROM posts WHERE import_id = $id AND rowid IN ({repeats})";
        cmd.Parameters.Add(new DuckDBParameter("id", _importId));
        return cmd.ExecuteNonQuery();
    }

    /// <summary>
    /// Finds and deletes repeated posts, merges the staged accounts, fills in the file's imports row and commits.
    /// Posts whose (platform, post_id) is already stored, or repeats within the file, count as merged and add
    /// nothing (the first stored copy is kept). Accounts merge field-wise: non-null values of this import win.
    /// </summary>
    public ImportSummary Commit()
    {
        if (_finished) throw new InvalidOperationException("this import batch is already finished");
        if (!_running) throw new InvalidOperationException("this import batch was never started");
        _finished = true;
        try
        {
            Trace("parsed");
            FinishAppending();
            Trace($"appended (parser waited for DuckDB {_delivery!.ParserWaitSeconds:F2} s, DuckDB threads for the parser {_delivery.DuckDBWaitSeconds:F2} s)");
            var connection = _store.Connection;
            var mergeClock = Stopwatch.StartNew();
            var postsImported = _postsAppended - DeleteRepeats(connection);
            var mergeSeconds = mergeClock.Elapsed.TotalSeconds;
            Trace("repeated posts deleted");
            AppendAccounts();
            var accountsExisting = _store.Scalar("SELECT count(*) FROM staging_accounts s SEMI JOIN accounts a ON a.platform = s.platform AND a.account_id = s.account_id");
            Count(connection, $"""
                INSERT INTO accounts ({StoreSchema.AccountColumns})
                SELECT {StoreSchema.AccountColumns} FROM staging_accounts
                ON CONFLICT (platform, account_id) DO UPDATE SET
                {StoreSchema.AccountMergeSet}
                """);
            var summary = new ImportSummary
            {
                Path = _source.Path,
                Format = _source.Format,
                PostsRead = _postsRead,
                PostsImported = postsImported,
                PostsMerged = _postsRead - postsImported,
                AccountsRead = _accountsRead,
                AccountsImported = _accounts.Count - accountsExisting,
                AccountsMerged = _accountsRead - (_accounts.Count - accountsExisting),
                Rejected = _rejected,
                Seconds = _clock.Elapsed.TotalSeconds,
                PostsMergeSeconds = mergeSeconds,
            };
            CompleteImportRow(connection, summary);
            _transaction!.Commit();
            _committed = true;
            if (!_store.ImportKeysCoverStore) _keys.Clear();
            Trace("committed");
            return summary with { Seconds = _clock.Elapsed.TotalSeconds };
        }
        finally
        {
            Cleanup();
        }
    }

    private static readonly bool Tracing = Environment.GetEnvironmentVariable("SWARMSCOPE_TRACE") == "1";

    /// <summary>Phase timings on stderr when SWARMSCOPE_TRACE=1, for tuning imports.</summary>
    private void Trace(string phase)
    {
        if (Tracing) Console.Error.WriteLine($"[import] {System.IO.Path.GetFileName(_source.Path)}: {phase} at {_clock.Elapsed.TotalSeconds:F2} s (monotonic {Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency:F3}, process CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F2} s)");
    }

    /// <summary>The file's imports row, inserted when the import starts (inside its transaction) so posts can carry its id.</summary>
    private long InsertImportRow(DuckDBConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"""
            INSERT INTO imports ({StoreSchema.ImportColumns})
            VALUES ($path, $size, $sha, $format, $started, $started, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            RETURNING import_id
            """;
        cmd.Parameters.Add(new DuckDBParameter("path", _source.Path));
        cmd.Parameters.Add(new DuckDBParameter("size", _source.Size));
        cmd.Parameters.Add(new DuckDBParameter("sha", _source.Sha256));
        cmd.Parameters.Add(new DuckDBParameter("format", _source.Format));
        cmd.Parameters.Add(new DuckDBParameter("started", _startedAt));
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void CompleteImportRow(DuckDBConnection connection, ImportSummary s)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            UPDATE imports SET finished_at = $finished, records_read = $read, records_imported = $imported,
                records_merged = $merged, records_rejected = $rejected, posts_read = $pr, posts_imported = $pi,
                posts_merged = $pm, accounts_read = $ar, accounts_imported = $ai, accounts_merged = $am
            WHERE import_id = $id
            """;
        cmd.Parameters.Add(new DuckDBParameter("finished", DateTime.UtcNow));
        cmd.Parameters.Add(new DuckDBParameter("read", s.Read));
        cmd.Parameters.Add(new DuckDBParameter("imported", s.Imported));
        cmd.Parameters.Add(new DuckDBParameter("merged", s.Merged));
        cmd.Parameters.Add(new DuckDBParameter("rejected", s.Rejected));
        cmd.Parameters.Add(new DuckDBParameter("pr", s.PostsRead));
        cmd.Parameters.Add(new DuckDBParameter("pi", s.PostsImported));
        cmd.Parameters.Add(new DuckDBParameter("pm", s.PostsMerged));
        cmd.Parameters.Add(new DuckDBParameter("ar", s.AccountsRead));
        cmd.Parameters.Add(new DuckDBParameter("ai", s.AccountsImported));
        cmd.Parameters.Add(new DuckDBParameter("am", s.AccountsMerged));
        cmd.Parameters.Add(new DuckDBParameter("id", _importId));
        cmd.ExecuteNonQuery();
    }

    private static long Count(DuckDBConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteNonQuery();
    }

    private void Cleanup()
    {
        if (!_running) return;
        if (!_committed)
        {
            try { _transaction!.Rollback(); }
            catch (Exception) { /* a connection that failed has already rolled back */ }
        }
        _transaction!.Dispose();
        try { _store.Execute(StoreSchema.DropStaging); }
        catch (DuckDBException) { /* the connection is unusable; the temp tables die with it */ }
        _store.EndImport(_committed);
    }

    /// <summary>Abandons the import when not committed: appended rows are rolled back, the store is unchanged.</summary>
    public void Dispose()
    {
        if (_finished) return;
        _finished = true;
        try { FinishAppending(); }
        catch (Exception) { /* the import is being abandoned; its error was or will be reported by the caller */ }
        Cleanup();
    }
}
