using System.Text;
using Swarmscope.Core;

namespace Swarmscope.Storage;

/// <summary>
/// Up to <see cref="PostsFeed.ChunkSize"/> posts encoded the way DuckDB stores them: fixed-width values in flat arrays,
/// every string as UTF-8 (<see cref="StoredText"/>: a NUL becomes U+FFFD) in one byte arena. The importer's thread
/// encodes each post as it arrives, so the <see cref="Post"/> and its strings die young, in the cheapest garbage
/// collection; chunks are reused (<see cref="PostsFeed.RentChunk"/>), so queued posts are not copied by the collector
/// (measured: docs/import-performance.md, "Measurements behind the code").
/// </summary>
internal sealed class PostChunk
{
    /// <summary>The posts table's VARCHAR columns, in the order <see cref="String"/> numbers them.</summary>
    public const int PostId = 0, AccountId = 1, AccountHandle = 2, Text = 3, Language = 4, TargetPostId = 5, TargetAccountId = 6, Channel = 7;
    public const int StringCount = 8;

    /// <summary>The list columns: urls, hashtags, mentions, media_hashes.</summary>
    public const int ListCount = 4;

    /// <summary>An arena that grew past this is dropped when the chunk is reused, so one chunk of huge posts does not keep its memory.</summary>
    private const int MaxKeptBytes = 32 << 20;

    private const int InitialBytesPerPost = 256;

    public readonly int Capacity;
    public int Count { get; private set; }

    public readonly byte[] Platform, Precision, Kind, IdDerived;
    /// <summary>Microseconds since the epoch (DuckDB's TIMESTAMP).</summary>
    public readonly long[] Time;
    public readonly long[] Record;

    // String column s of row r: bytes [start, start + length) of the arena; length -1 = null.
    private readonly int[] _stringStart, _stringLength;
    // List column l of row r: elements [first, first + count); count -1 = null.
    private readonly int[] _listFirst, _listCount;
    private int[] _elementStart, _elementLength;
    private int _elements;
    private byte[] _bytes;
    private int _bytesUsed;
    private char[] _clean = new char[256];

    /// <summary>The rows that go on to DuckDB, in order (all of them, until <see cref="Keep"/> drops repeats).</summary>
    public readonly int[] Selected;
    public int SelectedCount { get; private set; }

    public PostChunk(int capacity)
    {
        Capacity = capacity;
        Platform = new byte[capacity];
        Precision = new byte[capacity];
        Kind = new byte[capacity];
        IdDerived = new byte[capacity];
        Time = new long[capacity];
        Record = new long[capacity];
        _stringStart = new int[StringCount * capacity];
        _stringLength = new int[StringCount * capacity];
        _listFirst = new int[ListCount * capacity];
        _listCount = new int[ListCount * capacity];
        _elementStart = new int[capacity];
        _elementLength = new int[capacity];
        _bytes = new byte[InitialBytesPerPost * capacity];
        Selected = new int[capacity];
    }

    public bool IsFull => Count == Capacity;

    /// <summary>Bytes of encoded strings the chunk holds.</summary>
    public int EncodedBytes => _bytesUsed;

    /// <summary>Bytes the chunk's text arena holds, used or not.</summary>
    public int ArenaBytes => _bytes.Length;

    /// <summary>Empties the chunk for reuse; <paramref name="shrink"/> also gives back an arena grown past its first size.</summary>
    public void Clear(bool shrink = false)
    {
        Count = 0;
        SelectedCount = 0;
        _elements = 0;
        _bytesUsed = 0;
        if (_bytes.Length > MaxKeptBytes || (shrink && _bytes.Length > InitialBytesPerPost * Capacity))
            _bytes = new byte[InitialBytesPerPost * Capacity];
        if (_elementStart.Length > 16 * Capacity)
        {
            _elementStart = new int[Capacity];
            _elementLength = new int[Capacity];
        }
    }

    /// <summary>Encodes the post as the next row. The post is not kept.</summary>
    public void Add(Post post)
    {
        var row = Count;
        Platform[row] = StoreNames.Code(post.Platform);
        Time[row] = post.Time.UnixMilliseconds * 1000;
        Precision[row] = StoreNames.Code(post.Time.Precision);
        Kind[row] = StoreNames.Code(post.Kind);
        IdDerived[row] = post.IdDerived ? (byte)1 : (byte)0;
        Record[row] = post.Provenance.Record;
        SetString(PostId, row, post.Id);
        SetString(AccountId, row, post.AccountId);
        SetString(AccountHandle, row, post.AccountHandle);
        SetString(Text, row, post.Text);
        SetString(Language, row, post.Language);
        SetString(TargetPostId, row, post.TargetPostId);
        SetString(TargetAccountId, row, post.TargetAccountId);
        SetString(Channel, row, post.Channel);
        SetList(0, row, post.Urls);
        SetList(1, row, post.Hashtags);
        SetList(2, row, post.Mentions);
        SetList(3, row, post.MediaHashes);
        Selected[row] = row;
        Count = row + 1;
        SelectedCount = Count;
    }

    /// <summary>The stored bytes of string column <paramref name="column"/> of a row; false for null.</summary>
    public bool String(int column, int row, out ReadOnlySpan<byte> bytes)
    {
        var slot = column * Capacity + row;
        var length = _stringLength[slot];
        bytes = length < 0 ? default : new ReadOnlySpan<byte>(_bytes, _stringStart[slot], length);
        return length >= 0;
    }

    /// <summary>The first element and the number of elements of list column <paramref name="list"/> of a row; count -1 for null.</summary>
    public (int First, int Count) List(int list, int row)
    {
        var slot = list * Capacity + row;
        return (_listFirst[slot], _listCount[slot]);
    }

    public ReadOnlySpan<byte> Element(int element) => new(_bytes, _elementStart[element], _elementLength[element]);

    /// <summary>Keeps the given rows (ascending) and drops the others from what goes on to DuckDB.</summary>
    public void Keep(ReadOnlySpan<int> rows)
    {
        rows.CopyTo(Selected);
        SelectedCount = rows.Length;
    }

    private void SetString(int column, int row, string? s)
    {
        var slot = column * Capacity + row;
        if (s is null)
        {
            _stringLength[slot] = -1;
            return;
        }
        (_stringStart[slot], _stringLength[slot]) = Encode(s);
    }

    private void SetList(int list, int row, string[]? values)
    {
        var slot = list * Capacity + row;
        if (values is null)
        {
            _listCount[slot] = -1;
            return;
        }
        _listFirst[slot] = _elements;
        var count = 0;
        foreach (var value in values)
        {
            if (value is null) continue;
            if (_elements == _elementStart.Length)
            {
                Array.Resize(ref _elementStart, _elements * 2);
                Array.Resize(ref _elementLength, _elements * 2);
            }
            (_elementStart[_elements], _elementLength[_elements]) = Encode(value);
            _elements++;
            count++;
        }
        _listCount[slot] = count;
    }

    /// <summary>
    /// Room for <paramref name="needed"/> more bytes: as much as the whole chunk will need at the average size so far
    /// (and at least double), so a chunk of long posts grows once or twice instead of doubling from 512 KB each time.
    /// </summary>
    private void Grow(int needed)
    {
        var projected = Count == 0 ? 0 : (long)_bytesUsed * Capacity / Count * 5 / 4;
        var size = Math.Max(Math.Max((long)_bytes.Length * 2, projected), (long)_bytesUsed + needed);
        Array.Resize(ref _bytes, (int)Math.Min(size, Array.MaxLength));
    }

    private (int Start, int Length) Encode(string s)
    {
        var text = StoredText.Clean(s, ref _clean);
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_bytes.Length - _bytesUsed < max) Grow(max);
        var start = _bytesUsed;
        var length = Encoding.UTF8.GetBytes(text, _bytes.AsSpan(start));
        _bytesUsed += length;
        return (start, length);
    }
}
