using System.Buffers;
using System.Diagnostics;
using System.Threading.Channels;
using DuckDB.NET.Data;
using Swarmscope.Core;

namespace Swarmscope.Storage;

/// <summary>
/// The sink for one file's import. Posts travel in chunks through a bounded channel to a second thread that
/// appends them (DuckDB Appender) to the posts table inside the batch's open transaction, so parsing and appending use both cores and
/// memory is bounded by the channel, not by the file. Accounts are merged field-wise in memory (there are far
/// fewer of them than posts). <see cref="Commit"/> removes the posts that were already stored or repeated, merges
/// the accounts and records the file in imports, then commits: the whole file is ONE transaction, so a failure or
/// a killed process before that commit leaves the store unchanged.
/// </summary>
public sealed class ImportBatch : IRecordSink, IDisposable
{
    private const int ChunkSize = 4096;
    private const int ChunksInFlight = 8;

    /// <summary>
    /// Posts per temporary CSV segment (~400 MB of CSV at IRA row sizes): bounds temp disk use on huge files. Measured
    /// on the IRA files: loading a whole file (~470k rows) in one statement beat 256k-row segments (4.9 s vs 6.2 s
    /// per file, and a file half the size), because the load is CPU-bound on both cores and small segments leave
    /// partly filled row groups.
    /// </summary>
    private const int SegmentRows = 1 << 21;

    private readonly InvestigationStore _store;
    private readonly ImportSource _source;
    private readonly bool _stopOnFirstRejected;
    private readonly Action<RejectedRecord>? _onRejected;
    private readonly Channel<Post[]> _chunks;
    private readonly Task _appendTask;
    private readonly Dictionary<(Platform, string), Account> _accounts = new();
    private readonly DateTime _started = DateTime.UtcNow;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private Post[] _chunk;
    private int _chunkCount;
    private long _postsRead;
    private long _accountsRead;
    private long _rejected;
    private volatile bool _appendFailed;
    private bool _finished;
    private readonly DuckDBTransaction _transaction;
    private readonly string _tempDirectory;
    private int _segments;
    private long _postsInserted;
    private bool _committed;

    internal ImportBatch(InvestigationStore store, ImportSource source, bool stopOnFirstRejected, Action<RejectedRecord>? onRejected)
    {
        _store = store;
        _source = source;
        _stopOnFirstRejected = stopOnFirstRejected;
        _onRejected = onRejected;
        _store.Execute(StoreSchema.CreateStaging);
        // Everything of this file happens in one transaction, committed only by Commit(). Posts are appended
        // straight into `posts` (DuckDB's appender writes into the connection's open transaction): copying them
        // from a staging table at the end cost as much as appending them.
        _transaction = store.Connection.BeginTransaction();
        // Segment files live in a private directory whose name never derives from the data; removed in Cleanup.
        _tempDirectory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"swarmscope-import-{Environment.ProcessId}-{Guid.NewGuid():N}");
        RemoveLeftoversOfKilledImports();
        Directory.CreateDirectory(_tempDirectory);
        _chunks = Channel.CreateBounded<Post[]>(new BoundedChannelOptions(ChunksInFlight)
        {
            SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait,
        });
        _chunk = ArrayPool<Post>.Shared.Rent(ChunkSize);
        _appendTask = Task.Factory.StartNew(AppendLoop, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>
    /// A killed import cannot delete its temporary CSV directory; the next import removes directories whose process
    /// (the pid in the name) no longer runs. A reused pid only delays the clean-up; a live import is never touched.
    /// </summary>
    private static void RemoveLeftoversOfKilledImports()
    {
        try
        {
            foreach (var dir in Directory.EnumerateDirectories(System.IO.Path.GetTempPath(), "swarmscope-import-*"))
            {
                var name = System.IO.Path.GetFileName(dir).AsSpan("swarmscope-import-".Length);
                var dash = name.IndexOf('-');
                if (dash <= 0 || !int.TryParse(name[..dash], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid)) continue;
                if (pid == Environment.ProcessId || ProcessIsRunning(pid)) continue;
                try { Directory.Delete(dir, recursive: true); }
                catch (IOException) { }
                catch (UnauthorizedAccessException) { }
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static bool ProcessIsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException) { return false; } // no such process
        catch (InvalidOperationException) { return false; }
    }

    public ImportSource Source => _source;
    public long PostsRead => _postsRead;
    public long AccountsRead => _accountsRead;
    public long RejectedCount => _rejected;

    /// <summary>Seconds spent in DuckDB loading and merging the post segments (for the import benchmark's breakdown).</summary>
    public double LoadSeconds { get; private set; }

    /// <summary>The first rejected record, kept so the caller can name file, record, field and reason.</summary>
    public RejectedRecord? FirstRejected { get; private set; }

    /// <summary>True once the import should stop: a rejection without --skip-bad, or the appender failed.</summary>
    public bool Stopped => _appendFailed || (_stopOnFirstRejected && _rejected > 0);

    public void Post(Post post)
    {
        _postsRead++;
        _chunk[_chunkCount++] = post;
        if (_chunkCount == ChunkSize) Flush();
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
        if (_chunkCount == 0) return;
        var full = _chunk;
        if (full.Length > _chunkCount) full[_chunkCount] = null!; // marks the end of a partial chunk
        _chunk = ArrayPool<Post>.Shared.Rent(ChunkSize);
        _chunkCount = 0;
        if (!_chunks.Writer.TryWrite(full))
        {
            // Back-pressure: the parser waits for the appender instead of buffering the file in memory.
            while (!_appendFailed && _chunks.Writer.WaitToWriteAsync().AsTask().GetAwaiter().GetResult())
                if (_chunks.Writer.TryWrite(full)) return;
            ArrayPool<Post>.Shared.Return(full, clearArray: true);
        }
    }

    private void AppendLoop()
    {
        PostSegmentFile? segment = null;
        try
        {
            var reader = _chunks.Reader;
            while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (reader.TryRead(out var chunk))
                {
                    segment ??= new PostSegmentFile(System.IO.Path.Combine(_tempDirectory, $"segment-{_segments++}.csv"));
                    for (var i = 0; i < chunk.Length && chunk[i] is { } p; i++) segment.Write(p);
                    ArrayPool<Post>.Shared.Return(chunk, clearArray: true);
                    if (segment.Rows >= SegmentRows)
                    {
                        LoadSegment(segment);
                        segment = null;
                    }
                }
            }
            if (segment is not null) LoadSegment(segment);
            segment = null;
        }
        catch
        {
            _appendFailed = true;
            segment?.Dispose();
            // Drain so a blocked producer wakes up; the error surfaces from Commit.
            while (_chunks.Reader.TryRead(out _)) { }
            throw;
        }
    }

    /// <summary>Loads one segment file into posts (inside the file's transaction), merging on the way, and deletes it.</summary>
    private void LoadSegment(PostSegmentFile segment)
    {
        segment.Close();
        var loadClock = Stopwatch.StartNew();
        _postsInserted += Count(_store.Connection, PostSegmentFile.LoadSql(segment.Path));
        LoadSeconds += loadClock.Elapsed.TotalSeconds;
        File.Delete(segment.Path);
    }

    /// <summary>
    /// DuckDB's appender passes strings NUL-terminated, so a NUL would silently cut the text there; it becomes
    /// U+FFFD instead (documented in docs/store.md; posts do the same in <see cref="PostSegmentFile"/>).
    /// </summary>
    private static string? Clean(string? s) => s is null || s.IndexOf('\0') < 0 ? s : s.Replace('\0', '\uFFFD');

    private void AppendAccounts()
    {
        using var appender = _store.Connection.CreateAppender("staging_accounts");
        foreach (var a in _accounts.Values)
        {
            appender.CreateRow()
                .AppendValue(StoreNames.Of(a.Platform))
                .AppendValue(Clean(a.Id))
                .AppendValue(Clean(a.Handle))
                .AppendValue(Clean(a.DisplayName))
                .AppendValue(a.CreatedAt?.UtcDateTime)
                .AppendValue(a.Followers)
                .AppendValue(a.Following)
                .AppendValue(a.PostCount)
                .AppendValue(Clean(a.Description))
                .AppendValue(Clean(a.Location))
                .AppendValue(Clean(a.Language))
                .AppendValue(Clean(a.ProfileImageUrl))
                .AppendValue(a.ProfileImageHash)
                .AppendValue(a.Verified)
                .AppendValue(Clean(a.Provenance.SourceFile))
                .AppendValue(a.Provenance.Record)
                .EndRow();
        }
        appender.Close();
    }

    /// <summary>Waits for the appender and stops it, rethrowing its failure.</summary>
    private void FinishAppending()
    {
        Flush();
        _chunks.Writer.TryComplete();
        _appendTask.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Merges the staged records into the store in one transaction and records the file in imports.
    /// Posts whose (platform, post_id) is already stored, or repeats within the file, count as merged and add
    /// nothing (the first stored copy is kept). Accounts merge field-wise: non-null values of this import win.
    /// </summary>
    public ImportSummary Commit()
    {
        if (_finished) throw new InvalidOperationException("this import batch is already finished");
        _finished = true;
        try
        {
            FinishAppending();
            Trace($"appended (DuckDB segment loads {LoadSeconds:F2} s)");
            AppendAccounts();
            var connection = _store.Connection;
            long postsImported, accountsExisting;
            {
                postsImported = _postsInserted;
                Trace("posts merged");
                accountsExisting = _store.Scalar("SELECT count(*) FROM staging_accounts s SEMI JOIN accounts a ON a.platform = s.platform AND a.account_id = s.account_id");
                Count(connection, $"""
                    INSERT INTO accounts ({StoreSchema.AccountColumns})
                    SELECT {StoreSchema.AccountColumns} FROM staging_accounts
                    ON CONFLICT (platform, account_id) DO UPDATE SET
                        handle = coalesce(excluded.handle, accounts.handle),
                        display_name = coalesce(excluded.display_name, accounts.display_name),
                        created_at = coalesce(excluded.created_at, accounts.created_at),
                        followers = coalesce(excluded.followers, accounts.followers),
                        following = coalesce(excluded.following, accounts.following),
                        post_count = coalesce(excluded.post_count, accounts.post_count),
                        description = coalesce(excluded.description, accounts.description),
                        location = coalesce(excluded.location, accounts.location),
                        language = coalesce(excluded.language, accounts.language),
                        profile_image_url = coalesce(excluded.profile_image_url, accounts.profile_image_url),
                        profile_image_hash = coalesce(excluded.profile_image_hash, accounts.profile_image_hash),
                        verified = coalesce(excluded.verified, accounts.verified),
                        source_file = excluded.source_file,
                        source_record = excluded.source_record
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
                    PostsLoadSeconds = LoadSeconds,
                };
                RecordImport(connection, summary);
                _transaction.Commit();
                _committed = true;
                Trace("committed");
                return summary with { Seconds = _clock.Elapsed.TotalSeconds };
            }
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
        if (Tracing) Console.Error.WriteLine($"[import] {System.IO.Path.GetFileName(_source.Path)}: {phase} at {_clock.Elapsed.TotalSeconds:F2} s (process CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F2} s)");
    }

    private void RecordImport(DuckDBConnection connection, ImportSummary s)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            INSERT INTO imports (path, size, sha256, format, started_at, finished_at, records_read, records_imported,
                records_merged, records_rejected, posts_read, posts_imported, posts_merged, accounts_read,
                accounts_imported, accounts_merged)
            VALUES ($path, $size, $sha, $format, $started, $finished, $read, $imported, $merged, $rejected,
                $pr, $pi, $pm, $ar, $ai, $am)
            """;
        cmd.Parameters.Add(new DuckDBParameter("path", _source.Path));
        cmd.Parameters.Add(new DuckDBParameter("size", _source.Size));
        cmd.Parameters.Add(new DuckDBParameter("sha", _source.Sha256));
        cmd.Parameters.Add(new DuckDBParameter("format", _source.Format));
        cmd.Parameters.Add(new DuckDBParameter("started", _started));
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
        if (!_committed)
        {
            try { _transaction.Rollback(); }
            catch (Exception) { /* a connection that failed has already rolled back */ }
        }
        _transaction.Dispose();
        try { _store.Execute(StoreSchema.DropStaging); }
        catch (DuckDBException) { /* the connection is unusable; the temp tables die with it */ }
        try { Directory.Delete(_tempDirectory, recursive: true); }
        catch (IOException) { /* best effort: a leftover temp file holds no committed data */ }
        catch (UnauthorizedAccessException) { }
        _store.EndImport();
    }

    /// <summary>Abandons the import when not committed: staged records are dropped, the store is unchanged.</summary>
    public void Dispose()
    {
        if (_finished) return;
        _finished = true;
        try { FinishAppending(); }
        catch (Exception) { /* the import is being abandoned; its error was or will be reported by the caller */ }
        Cleanup();
    }
}
