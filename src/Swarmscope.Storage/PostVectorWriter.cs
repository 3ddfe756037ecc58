using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Swarmscope.Core;

namespace Swarmscope.Storage;

/// <summary>
/// Writes posts straight into the vectors of a DuckDB data chunk, in posts table order (<see cref="StoreSchema"/>):
/// fixed-width values into the vector's memory, strings of up to 12 UTF-8 bytes inline in DuckDB's 16-byte string
/// record, longer ones encoded once into the writer's own pinned heap that the record points at (instead of a C API
/// call per string that copied it into the vector's heap: `bench writer` 330 → 266 ns per IRA post); ENUM columns as their
/// one-byte codes (<see cref="StoreNames.Code(Platform)"/>). One writer per thread.
/// Strings are stored as <see cref="StoredText"/> (a NUL becomes U+FFFD; the key of a post is computed the same way).
/// </summary>
internal sealed unsafe class PostVectorWriter
{
    public const int Columns = 19;

    private readonly IntPtr[] _vectors = new IntPtr[Columns];
    private readonly ulong*[] _validity = new ulong*[Columns];
    private readonly IntPtr[] _listChild = new IntPtr[Columns];
    private readonly byte*[] _data = new byte*[Columns];
    private readonly byte*[] _listChildData = new byte*[Columns];
    private readonly ulong[] _listSize = new ulong[Columns];
    private char[] _clean = new char[256];
    // The chunk's long strings, UTF-8, pointed at by the string records in the vectors (pinned: DuckDB reads them).
    private byte[] _heap = [];
    private byte* _heapStart;
    private int _heapUsed;
    private readonly List<byte[]> _retired = [];
    private long _retiredBytes;
    private const int MaxReusedHeap = 64 << 20;

    public PostVectorWriter() => UseHeap(GC.AllocateUninitializedArray<byte>(1 << 20, pinned: true));

    /// <summary>Fills rows [0, count) of the chunk with posts[0..count) and sets the chunk's size.</summary>
    public void Write(IntPtr chunk, Post[] posts, int count, long importId)
    {
        // Per chunk, not per value: vector pointers, validity masks on first null, and list children sized for the
        // whole chunk up front, so filling a row makes no native call.
        for (var c = 0; c < Columns; c++)
        {
            _vectors[c] = DuckDBNative.DataChunkGetVector(chunk, (ulong)c);
            _data[c] = (byte*)DuckDBNative.VectorGetData(_vectors[c]);
            _validity[c] = null;
        }
        ResetHeap();
        ReserveLists(posts, count);
        var platform = _data[PlatformColumn];
        var time = (long*)_data[TimeColumn];
        var precision = _data[PrecisionColumn];
        var kind = _data[KindColumn];
        var idDerived = _data[IdDerivedColumn];
        var record = (long*)_data[RecordColumn];
        var import = (long*)_data[ImportColumn];
        for (var i = 0; i < count; i++)
        {
            var p = posts[i];
            platform[i] = StoreNames.Code(p.Platform);
            String(1, i, p.Id);
            String(2, i, p.AccountId);
            String(3, i, p.AccountHandle);
            time[i] = p.Time.UnixMilliseconds * 1000; // TIMESTAMP = microseconds since the epoch
            precision[i] = StoreNames.Code(p.Time.Precision);
            kind[i] = StoreNames.Code(p.Kind);
            String(7, i, p.Text);
            String(8, i, p.Language);
            String(9, i, p.TargetPostId);
            String(10, i, p.TargetAccountId);
            List(UrlsColumn, i, p.Urls);
            List(HashtagsColumn, i, p.Hashtags);
            List(MentionsColumn, i, p.Mentions);
            List(MediaColumn, i, p.MediaHashes);
            String(15, i, p.Channel);
            idDerived[i] = p.IdDerived ? (byte)1 : (byte)0;
            record[i] = p.Provenance.Record;
            import[i] = importId;
        }
        for (var c = FirstList; c <= LastList; c++) DuckDBNative.ListVectorSetSize(_vectors[c], _listSize[c]);
        DuckDBNative.DataChunkSetSize(chunk, (ulong)count);
    }

    // Positions of the non-VARCHAR columns in StoreSchema.PostColumns (+ import_id), which PostsFeed declares too.
    public const int PlatformColumn = 0, TimeColumn = 4, PrecisionColumn = 5, KindColumn = 6;
    public const int IdDerivedColumn = 16, RecordColumn = 17, ImportColumn = 18;
    public const int FirstList = UrlsColumn, LastList = MediaColumn;
    private const int UrlsColumn = 11, HashtagsColumn = 12, MentionsColumn = 13, MediaColumn = 14;
    /// <summary>Sizes each list column's child vector for all elements of the chunk's posts.</summary>
    private void ReserveLists(Post[] posts, int count)
    {
        // One pass over the posts for all four lists (each post is a cache miss; four passes cost four).
        ulong urls = 0, hashtags = 0, mentions = 0, media = 0;
        for (var i = 0; i < count; i++)
        {
            var p = posts[i];
            urls += (ulong)(p.Urls?.Length ?? 0);
            hashtags += (ulong)(p.Hashtags?.Length ?? 0);
            mentions += (ulong)(p.Mentions?.Length ?? 0);
            media += (ulong)(p.MediaHashes?.Length ?? 0);
        }
        Reserve(UrlsColumn, urls);
        Reserve(HashtagsColumn, hashtags);
        Reserve(MentionsColumn, mentions);
        Reserve(MediaColumn, media);
    }

    private void Reserve(int column, ulong elements)
    {
        var vector = _vectors[column];
        var size = DuckDBNative.ListVectorGetSize(vector);
        if (elements > 0) DuckDBNative.ListVectorReserve(vector, size + elements);
        _listChild[column] = DuckDBNative.ListVectorGetChild(vector);
        _listChildData[column] = (byte*)DuckDBNative.VectorGetData(_listChild[column]);
        _listSize[column] = size;
    }

    private void String(int column, int row, string? s)
    {
        if (s is null) { Null(column, row); return; }
        Assign(_data[column], row, s);
    }

    private void List(int column, int row, string[]? list)
    {
        if (list is null) { Null(column, row); return; }
        var offset = _listSize[column];
        var childData = _listChildData[column];
        var index = offset;
        foreach (var s in list) if (s is not null) Assign(childData, (int)index++, s);
        _listSize[column] = index;
        var entries = (ulong*)_data[column];
        entries[2 * row] = offset;
        entries[2 * row + 1] = index - offset;
    }

    private void Null(int column, int row)
    {
        var mask = _validity[column];
        if (mask == null)
        {
            DuckDBNative.VectorEnsureValidityWritable(_vectors[column]);
            mask = _validity[column] = DuckDBNative.VectorGetValidity(_vectors[column]);
        }
        mask[row >> 6] &= ~(1UL << (row & 63));
    }

    private void Assign(byte* data, int row, string s)
    {
        ReadOnlySpan<char> text = s;
        text = StoredText.Clean(text, ref _clean);
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        var bytes = HeapSpace(max);
        var length = Encoding.UTF8.GetBytes(text, new Span<byte>(bytes, max));
        // DuckDB's string_t: uint32 length, then up to 12 bytes inline (zero-padded), or a 4-byte prefix and a pointer.
        var slot = data + 16 * row;
        *(uint*)slot = (uint)length;
        if (length <= 12)
        {
            var inline = new Span<byte>(slot + 4, 12);
            inline.Clear();
            new ReadOnlySpan<byte>(bytes, length).CopyTo(inline);
            return;
        }
        *(uint*)(slot + 4) = *(uint*)bytes;
        *(byte**)(slot + 8) = bytes;
        _heapUsed += length;
    }

    /// <summary>
    /// Room for <paramref name="bytes"/> bytes in the chunk's string heap. A block that runs out is kept (the chunk's
    /// strings point into it) and the next chunk starts with one block as large as all of this chunk's together, up
    /// to <see cref="MaxReusedHeap"/> (a chunk of huge posts keeps adding blocks instead).
    /// </summary>
    private byte* HeapSpace(int bytes)
    {
        if (_heap.Length - _heapUsed < bytes)
        {
            _retired.Add(_heap);
            _retiredBytes += _heap.Length;
            UseHeap(GC.AllocateUninitializedArray<byte>(Math.Max(bytes, _heap.Length), pinned: true));
        }
        return _heapStart + _heapUsed;
    }

    private void UseHeap(byte[] heap)
    {
        _heap = heap;
        _heapUsed = 0;
        _heapStart = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(heap));
    }

    /// <summary>
    /// Called when a new chunk starts. DuckDB has consumed the previous chunk by then: the INSERT's sink copies
    /// every string into the table's storage before the same thread asks this function for the next chunk.
    /// </summary>
    private void ResetHeap()
    {
        if (_retired.Count > 0)
        {
            var size = (int)Math.Min((long)_retiredBytes + _heap.Length, MaxReusedHeap);
            _retired.Clear();
            _retiredBytes = 0;
            if (size > _heap.Length) UseHeap(GC.AllocateUninitializedArray<byte>(size, pinned: true));
        }
        _heapUsed = 0;
    }
}
