using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Swarmscope.Core;

namespace Swarmscope.Storage;

/// <summary>
/// Writes encoded posts (<see cref="PostChunk"/>) straight into the vectors of a DuckDB data chunk, in posts table
/// order (<see cref="StoreSchema"/>): fixed-width values into the vector's memory, strings of up to 12 UTF-8 bytes
/// inline in DuckDB's 16-byte string record, longer ones copied into the writer's own pinned heap that the record
/// points at (instead of a C API call per string that copied it into the vector's heap: `bench writer` 330 → 266 ns
/// per IRA post); ENUM columns as their one-byte codes (<see cref="StoreNames.Code(Platform)"/>). One writer per thread.
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
    // The chunk's long strings, UTF-8, pointed at by the string records in the vectors (pinned: DuckDB reads them).
    private byte[] _heap = [];
    private byte* _heapStart;
    private int _heapUsed;
    private readonly List<byte[]> _retired = [];
    private long _retiredBytes;
    private const int MaxReusedHeap = 64 << 20;

    public PostVectorWriter() => UseHeap(GC.AllocateUninitializedArray<byte>(1 << 20, pinned: true));

    /// <summary>Fills the output chunk with the posts' selected rows (<see cref="PostChunk.Selected"/>) and sets its size.</summary>
    public void Write(IntPtr chunk, PostChunk posts, long importId)
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
        var count = posts.SelectedCount;
        var rows = posts.Selected;
        ReserveLists(posts, rows, count);
        var platform = _data[PlatformColumn];
        var time = (long*)_data[TimeColumn];
        var precision = _data[PrecisionColumn];
        var kind = _data[KindColumn];
        var idDerived = _data[IdDerivedColumn];
        var record = (long*)_data[RecordColumn];
        var import = (long*)_data[ImportColumn];
        for (var i = 0; i < count; i++)
        {
            var r = rows[i];
            platform[i] = posts.Platform[r];
            time[i] = posts.Time[r];
            precision[i] = posts.Precision[r];
            kind[i] = posts.Kind[r];
            idDerived[i] = posts.IdDerived[r];
            record[i] = posts.Record[r];
            import[i] = importId;
            for (var s = 0; s < PostChunk.StringCount; s++)
            {
                var column = StringColumns[s];
                if (posts.String(s, r, out var bytes)) Assign(_data[column], i, bytes);
                else Null(column, i);
            }
            for (var l = 0; l < PostChunk.ListCount; l++) List(FirstList + l, i, posts, posts.List(l, r));
        }
        for (var c = FirstList; c <= LastList; c++) DuckDBNative.ListVectorSetSize(_vectors[c], _listSize[c]);
        DuckDBNative.DataChunkSetSize(chunk, (ulong)count);
    }

    // Positions of the non-VARCHAR columns in StoreSchema.PostColumns (+ import_id), which PostsFeed declares too.
    public const int PlatformColumn = 0, TimeColumn = 4, PrecisionColumn = 5, KindColumn = 6;
    public const int IdDerivedColumn = 16, RecordColumn = 17, ImportColumn = 18;
    public const int FirstList = 11, LastList = 14;

    /// <summary>The VARCHAR columns in <see cref="PostChunk"/>'s order: post_id, account_id, account_handle, text, language, target_post_id, target_account_id, channel.</summary>
    private static readonly int[] StringColumns = [1, 2, 3, 7, 8, 9, 10, 15];

    /// <summary>Sizes each list column's child vector for all elements of the selected rows.</summary>
    private void ReserveLists(PostChunk posts, int[] rows, int count)
    {
        for (var l = 0; l < PostChunk.ListCount; l++)
        {
            ulong elements = 0;
            for (var i = 0; i < count; i++) elements += (ulong)Math.Max(posts.List(l, rows[i]).Count, 0);
            Reserve(FirstList + l, elements);
        }
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

    private void List(int column, int row, PostChunk posts, (int First, int Count) list)
    {
        if (list.Count < 0) { Null(column, row); return; }
        var offset = _listSize[column];
        var childData = _listChildData[column];
        for (var e = 0; e < list.Count; e++) Assign(childData, (int)offset + e, posts.Element(list.First + e));
        _listSize[column] = offset + (ulong)list.Count;
        var entries = (ulong*)_data[column];
        entries[2 * row] = offset;
        entries[2 * row + 1] = (ulong)list.Count;
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

    /// <summary>Writes DuckDB's 16-byte string record: length, then up to 12 bytes inline, or a prefix and a pointer into the writer's heap.</summary>
    private void Assign(byte* data, int row, ReadOnlySpan<byte> value)
    {
        var length = value.Length;
        var slot = data + 16 * row;
        *(uint*)slot = (uint)length;
        if (length <= 12)
        {
            var inline = new Span<byte>(slot + 4, 12);
            inline.Clear();
            value.CopyTo(inline);
            return;
        }
        var bytes = HeapSpace(length);
        value.CopyTo(new Span<byte>(bytes, length));
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
