using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Swarmscope.Storage;

/// <summary>
/// Hands parsed posts to DuckDB as a table function, <c>swarmscope_posts()</c>, registered on the store's
/// connection. An import runs <c>INSERT INTO posts SELECT * FROM swarmscope_posts()</c> while the importer keeps
/// parsing: DuckDB's worker threads take chunks of posts from a bounded queue and write them into their vectors
/// (<see cref="PostVectorWriter"/>), so filling, compressing and writing row groups run in parallel, as they do for
/// DuckDB's own file readers. The DuckDB Appender does the same work on one thread (`bench import`, IRA files,
/// when this replaced it: 14–15 s through the Appender, 8–10 s through this). Only one import per store is open at a time, so the feed holds at most one queue.
/// </summary>
internal sealed unsafe class PostsFeed : IDisposable
{
    public const string FunctionName = "swarmscope_posts";

    /// <summary>Posts per chunk = DuckDB's vector size, so one queued chunk fills one output chunk.</summary>
    public static readonly int ChunkSize = (int)DuckDBNative.VectorSize();

    private GCHandle _self;
    private volatile Delivery? _current;

    private PostsFeed() => _self = GCHandle.Alloc(this);

    /// <summary>Registers <c>swarmscope_posts()</c> on the connection; the feed lives as long as the store.</summary>
    public static PostsFeed Register(DuckDBConnection connection)
    {
        var feed = new PostsFeed();
        var function = NativeMethods.TableFunction.DuckDBCreateTableFunction();
        try
        {
            NativeMethods.TableFunction.DuckDBTableFunctionSetName(function, FunctionName);
            NativeMethods.TableFunction.DuckDBTableFunctionSetExtraInfo(function, GCHandle.ToIntPtr(feed._self), null);
            NativeMethods.TableFunction.DuckDBTableFunctionSetBind(function, &Bind);
            NativeMethods.TableFunction.DuckDBTableFunctionSetInit(function, &Init);
            NativeMethods.TableFunction.DuckDBTableFunctionSetFunction(function, &Produce);
            if (NativeMethods.TableFunction.DuckDBRegisterTableFunction(connection.NativeConnection, function) != DuckDBState.Success)
                throw new InvalidOperationException($"DuckDB refused to register the {FunctionName} table function");
        }
        catch
        {
            feed.Dispose();
            throw;
        }
        finally
        {
            NativeMethods.TableFunction.DuckDBDestroyTableFunction(ref function);
        }
        return feed;
    }

    /// <summary>
    /// Opens the queue one import's INSERT will drain; posts added to it carry <paramref name="importId"/>.
    /// <paramref name="filter"/> sees every chunk once, in queue order, one chunk at a time, selects the rows that go
    /// on to DuckDB (<see cref="PostChunk.Keep"/>) and returns how many.
    /// </summary>
    public Delivery Open(long importId, int chunksInFlight, Func<PostChunk, int> filter)
    {
        var delivery = new Delivery(importId, chunksInFlight, filter, ReturnChunk);
        _current = delivery;
        return delivery;
    }

    public void Close(Delivery delivery)
    {
        if (ReferenceEquals(_current, delivery)) _current = null;
    }

    public void Dispose()
    {
        if (_self.IsAllocated) _self.Free();
    }

    // Chunks return here once DuckDB has filled its vectors from them; imports rent them again, so their memory stays
    // warm instead of being collected and faulted in afresh. At most a queue and a backlog of them exist at once;
    // spare arenas grown by long posts are kept up to a budget, beyond it they shrink back.
    private readonly ConcurrentBag<PostChunk> _spareChunks = [];
    private const int MaxSpareChunks = 256;
    private const long MaxSpareArenaBytes = 256L << 20;
    private long _spareArenaBytes;

    /// <summary>An empty chunk, reused when one is spare.</summary>
    public PostChunk RentChunk()
    {
        if (!_spareChunks.TryTake(out var chunk)) return new PostChunk(ChunkSize);
        Interlocked.Add(ref _spareArenaBytes, -chunk.ArenaBytes);
        return chunk;
    }

    public void ReturnChunk(PostChunk chunk)
    {
        if (_spareChunks.Count >= MaxSpareChunks) return;
        chunk.Clear(shrink: Interlocked.Read(ref _spareArenaBytes) + chunk.ArenaBytes > MaxSpareArenaBytes);
        Interlocked.Add(ref _spareArenaBytes, chunk.ArenaBytes);
        _spareChunks.Add(chunk);
    }

    /// <summary>One import's queue of post chunks: the importer adds, DuckDB's threads take until it is complete.</summary>
    public sealed class Delivery(long importId, int chunksInFlight, Func<PostChunk, int> filter, Action<PostChunk> recycle)
    {
        private readonly BlockingCollection<PostChunk> _queue = new(chunksInFlight);
        // Held while a thread takes a chunk and filters it, so chunks are filtered strictly in queue order.
        private readonly Lock _take = new();
        private readonly CancellationTokenSource _failed = new();

        private long _addWaitTicks;
        private long _takeWaitTicks;

        public long ImportId { get; } = importId;

        /// <summary>Seconds the importer waited for room in the queue: DuckDB was the bottleneck.</summary>
        public double ParserWaitSeconds => (double)_addWaitTicks / Stopwatch.Frequency;

        /// <summary>Seconds DuckDB's threads (summed) waited for posts: the parser was the bottleneck.</summary>
        public double DuckDBWaitSeconds => (double)Interlocked.Read(ref _takeWaitTicks) / Stopwatch.Frequency;

        /// <summary>Blocks while the queue is full (back-pressure); returns false once DuckDB has failed.</summary>
        public bool Add(PostChunk posts)
        {
            try
            {
                var start = Stopwatch.GetTimestamp();
                _queue.Add(posts, _failed.Token);
                _addWaitTicks += Stopwatch.GetTimestamp() - start;
                return true;
            }
            catch (OperationCanceledException) { return false; }
        }

        /// <summary>No more posts: DuckDB's threads drain the queue and the INSERT ends.</summary>
        public void Complete() => _queue.CompleteAdding();

        /// <summary>Called when the INSERT fails, so an importer blocked on a full queue wakes up.</summary>
        public void Fail() => _failed.Cancel();

        /// <summary>Without waiting: for draining after a failure.</summary>
        public bool TryTakeNow(out PostChunk posts) => _queue.TryTake(out posts!);

        /// <summary>The next chunk with at least one post left after the filter; false when the queue is done.</summary>
        public bool TryTake(out PostChunk posts)
        {
            lock (_take)
            {
                while (true)
                {
                    var start = Stopwatch.GetTimestamp();
                    var taken = _queue.TryTake(out var item, Timeout.Infinite);
                    Interlocked.Add(ref _takeWaitTicks, Stopwatch.GetTimestamp() - start);
                    if (!taken || item is null)
                    {
                        posts = null!;
                        return false;
                    }
                    // An empty chunk would tell DuckDB the function is finished, so a fully filtered one is skipped.
                    if (filter(item) > 0)
                    {
                        posts = item;
                        return true;
                    }
                    recycle(item);
                }
            }
        }
    }

    /// <summary>The posts table's columns in table order: the data columns, then the import's id.</summary>
    private static readonly string[] ColumnNames = [.. StoreSchema.PostColumns.Split(", "), "import_id"];

    /// <summary>The column's type exactly as the posts table declares it, so the INSERT casts nothing.</summary>
    private static IntPtr CreateType(int column) => column switch
    {
        PostVectorWriter.PlatformColumn => CreateEnum(StoreNames.PlatformMembers),
        PostVectorWriter.TimeColumn => DuckDBNative.CreateLogicalType((int)DuckDBType.Timestamp),
        PostVectorWriter.PrecisionColumn => CreateEnum(StoreNames.PrecisionMembers),
        PostVectorWriter.KindColumn => CreateEnum(StoreNames.KindMembers),
        >= PostVectorWriter.FirstList and <= PostVectorWriter.LastList => CreateList(),
        PostVectorWriter.IdDerivedColumn => DuckDBNative.CreateLogicalType((int)DuckDBType.Boolean),
        PostVectorWriter.RecordColumn or PostVectorWriter.ImportColumn => DuckDBNative.CreateLogicalType((int)DuckDBType.BigInt),
        _ => DuckDBNative.CreateLogicalType((int)DuckDBType.Varchar),
    };

    /// <summary>A chunk of the feed's column types outside any query, to measure <see cref="PostVectorWriter"/> alone (bench writer).</summary>
    internal static IntPtr CreateChunk()
    {
        var types = new IntPtr[PostVectorWriter.Columns];
        try
        {
            for (var c = 0; c < types.Length; c++) types[c] = CreateType(c);
            fixed (IntPtr* t = types) return DuckDBNative.CreateDataChunk(t, (ulong)types.Length);
        }
        finally
        {
            for (var c = 0; c < types.Length; c++) if (types[c] != IntPtr.Zero) DuckDBNative.DestroyLogicalType(ref types[c]);
        }
    }

    private static IntPtr CreateList()
    {
        var child = DuckDBNative.CreateLogicalType((int)DuckDBType.Varchar);
        try { return DuckDBNative.CreateListType(child); }
        finally { DuckDBNative.DestroyLogicalType(ref child); }
    }

    private static IntPtr CreateEnum(string[] members)
    {
        var utf8 = new IntPtr[members.Length];
        try
        {
            for (var i = 0; i < members.Length; i++) utf8[i] = Marshal.StringToCoTaskMemUTF8(members[i]);
            fixed (IntPtr* names = utf8) return DuckDBNative.CreateEnumType((byte**)names, (ulong)members.Length);
        }
        finally
        {
            foreach (var p in utf8) Marshal.FreeCoTaskMem(p);
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Bind(IntPtr info)
    {
        try
        {
            for (var c = 0; c < PostVectorWriter.Columns; c++)
            {
                var type = CreateType(c);
                try { DuckDBNative.BindAddResultColumn(info, ColumnNames[c], type); }
                finally { DuckDBNative.DestroyLogicalType(ref type); }
            }
        }
        catch (Exception e)
        {
            NativeMethods.TableFunction.DuckDBBindSetError(info, e.Message);
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Init(IntPtr info) => DuckDBNative.InitSetMaxThreads(info, (ulong)Environment.ProcessorCount);

    [ThreadStatic] private static PostVectorWriter? _writer;

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Produce(IntPtr info, IntPtr output)
    {
        try
        {
            var feed = (PostsFeed)GCHandle.FromIntPtr(DuckDBNative.FunctionGetExtraInfo(info)).Target!;
            var delivery = feed._current;
            if (delivery is null || !delivery.TryTake(out var posts))
            {
                DuckDBNative.DataChunkSetSize(output, 0);
                return;
            }
            try
            {
                (_writer ??= new PostVectorWriter()).Write(output, posts, delivery.ImportId);
            }
            finally
            {
                feed.ReturnChunk(posts);
            }
        }
        catch (Exception e)
        {
            DuckDBNative.FunctionSetError(info, $"{FunctionName}: {e.Message}");
        }
    }
}
