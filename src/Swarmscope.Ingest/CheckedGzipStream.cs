using System.Buffers.Binary;
using System.IO.Compression;

namespace Swarmscope.Ingest;

/// <summary>
/// Decompresses a gzip file and, when its data ends, checks that it ended where the file's trailer says.
/// .NET's <see cref="GZipStream"/> reports a corrupted member but not a cut one: a half-downloaded .gz simply ends
/// early, so without this check an import of a truncated export would succeed with its tail silently missing
/// (or with one rejected half row). The gzip trailer's last four bytes hold the size of the last member's data
/// modulo 2³²; in a file cut short they are arbitrary compressed bytes and match by chance with probability 2⁻³².
/// A file of several gzip members joined together (<c>cat a.gz b.gz</c>, bgzip) fails the check too, because the
/// trailer counts its last member only; the error says so and how to import it.
/// </summary>
public sealed class CheckedGzipStream : Stream
{
    private readonly string _path;
    private readonly GZipStream _gzip;
    private readonly uint? _trailerSize;
    private long _produced;
    private bool _checked;

    /// <param name="file">The compressed file, positioned at its start; seekable to read the trailer.</param>
    /// <param name="path">Named in the error.</param>
    public CheckedGzipStream(Stream file, string path, bool leaveOpen = false)
    {
        _path = path;
        if (file.CanSeek && file.Length >= 18)
        {
            var start = file.Position;
            Span<byte> trailer = stackalloc byte[4];
            file.Position = file.Length - 4;
            file.ReadExactly(trailer);
            file.Position = start;
            _trailerSize = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        }
        _gzip = new GZipStream(file, CompressionMode.Decompress, leaveOpen);
    }

    public override int Read(Span<byte> buffer)
    {
        var n = _gzip.Read(buffer);
        _produced += n;
        if (n == 0 && buffer.Length > 0) CheckEnd();
        return n;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    private void CheckEnd()
    {
        if (_checked) return;
        _checked = true;
        if (_trailerSize is not { } expected || (uint)_produced == expected) return;
        throw new InvalidDataException(
            $"{_path}: the gzip data ends early: it decompressed to {_produced:N0} bytes, but the file's gzip trailer " +
            $"says {expected:N0} (modulo 4 GiB). The file is probably truncated (an interrupted download or copy): " +
            $"check it with 'gzip -t {_path}'. A file of several gzip files joined together also fails this check: " +
            "decompress it first (gunzip -c FILE > FILE.csv) and import that");
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _produced; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _gzip.Dispose();
        base.Dispose(disposing);
    }
}
