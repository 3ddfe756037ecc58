using System.IO.Hashing;

namespace Swarmscope.Ingest.Csv;

/// <summary>
/// Content-derived post ids for exports that carry none (the IRA per-author files): a 128-bit XxHash3 over the
/// record's unquoted field bytes, each prefixed by its length so that "ab","c" and "a","bc" differ. Exact repeats
/// of a row get the same id, so a re-harvested tweet merges instead of counting twice. Written as 32 lower-case hex digits.
/// </summary>
public sealed class RowHasher
{
    private readonly XxHash128 _hash = new();

    public void Reset() => _hash.Reset();

    public void Add(ReadOnlySpan<byte> field)
    {
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, field.Length);
        _hash.Append(length);
        _hash.Append(field);
    }

    /// <summary>Hashes every field of the reader's current record.</summary>
    public string HashRecord(CsvReader reader)
    {
        Reset();
        for (var i = 0; i < reader.FieldCount; i++) Add(reader.Field(i));
        return Finish();
    }

    /// <summary>One-shot hash of a record's bytes as written (fast path for files from one writer, whose quoting is
    /// consistent, so identical rows are identical bytes).</summary>
    public static string HashBytes(ReadOnlySpan<byte> record)
    {
        Span<byte> digest = stackalloc byte[16];
        XxHash128.Hash(record, digest);
        return Convert.ToHexStringLower(digest);
    }

    public string Finish()
    {
        Span<byte> digest = stackalloc byte[16];
        _hash.GetCurrentHash(digest);
        return Convert.ToHexStringLower(digest);
    }
}
