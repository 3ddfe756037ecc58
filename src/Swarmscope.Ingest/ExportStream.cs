using System.Text;

namespace Swarmscope.Ingest;

/// <summary>
/// The bytes an importer reads from an export file: gunzipped when the file is gzip (by magic bytes, not name; a cut
/// file is an error, see <see cref="CheckedGzipStream"/>), unzipped when it is a zip archive of one file (as Twitter's
/// information-operations archives are published), and converted to UTF-8 when the text starts with a UTF-16 byte
/// order mark, as Excel's "Unicode" saves and some Windows tools write. Importers then see UTF-8 only.
/// </summary>
public static class ExportStream
{
    /// <summary>Opens <paramref name="path"/> for an importer.</summary>
    public static Stream Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try { return Open(file, path, leaveOpen: false); }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>The decoded bytes of an open file (at its start); <paramref name="leaveOpen"/> keeps the file open after the stream is disposed.</summary>
    public static Stream Open(FileStream file, string path, bool leaveOpen)
    {
        Span<byte> magic = stackalloc byte[4];
        var n = file.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        file.Position = 0;
        Stream bytes = n >= 2 && magic[0] == 0x1f && magic[1] == 0x8b
            ? new BufferedStream(new CheckedGzipStream(file, path, leaveOpen), 1 << 16)
            : n == 4 && magic.SequenceEqual("PK\u0003\u0004"u8) ? OnlyEntry(file, path, leaveOpen)
            : leaveOpen ? new NonClosingStream(file) : file;
        return Utf16ToUtf8(bytes);
    }

    /// <summary>
    /// The one file in a zip archive. An archive of several files is refused with what to do: each file is its own
    /// import (provenance, SHA-256, one transaction), and the archive's path cannot name them.
    /// </summary>
    private static Stream OnlyEntry(FileStream file, string path, bool leaveOpen)
    {
        System.IO.Compression.ZipArchive zip;
        try { zip = new System.IO.Compression.ZipArchive(file, System.IO.Compression.ZipArchiveMode.Read, leaveOpen); }
        catch (InvalidDataException e) { throw new InvalidDataException($"{path}: not a readable zip archive (cut short or damaged?): {e.Message}", e); }
        try
        {
            var entries = zip.Entries.Where(e => !e.FullName.EndsWith('/') && e.Length > 0 && !e.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal)).ToArray();
            if (entries.Length != 1)
                throw new InvalidDataException($"{path}: a zip archive of {entries.Length} files ({string.Join(", ", entries.Take(5).Select(e => e.FullName))}" +
                                               $"{(entries.Length > 5 ? ", ..." : "")}); Swarmscope reads a zip of one file. Unzip it and import the files or their folder");
            return new PrefixedStream(ReadOnlyMemory<byte>.Empty, new BufferedStream(entries[0].Open(), 1 << 16), also: zip);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>A UTF-16 byte order mark (little or big endian) turns the rest into UTF-8; anything else is passed on as it is.</summary>
    private static Stream Utf16ToUtf8(Stream bytes)
    {
        var head = new byte[2];
        var n = bytes.ReadAtLeast(head, 2, throwOnEndOfStream: false);
        Encoding? utf16 = n == 2 && head[0] == 0xFF && head[1] == 0xFE ? Encoding.Unicode
            : n == 2 && head[0] == 0xFE && head[1] == 0xFF ? Encoding.BigEndianUnicode
            : null;
        // The mark itself is dropped; invalid UTF-16 (a lone surrogate) becomes U+FFFD, as invalid UTF-8 does.
        return utf16 is null
            ? new PrefixedStream(head.AsMemory(0, n), bytes)
            : Encoding.CreateTranscodingStream(bytes, utf16, new UTF8Encoding(false), leaveOpen: false);
    }

    /// <summary>Bytes already read from a stream, then the rest of it.</summary>
    private sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest, IDisposable? also = null) : Stream
    {
        private ReadOnlyMemory<byte> _prefix = prefix;

        public override int Read(Span<byte> buffer)
        {
            if (_prefix.IsEmpty) return rest.Read(buffer);
            var n = Math.Min(buffer.Length, _prefix.Length);
            _prefix.Span[..n].CopyTo(buffer);
            _prefix = _prefix[n..];
            // The first read returns as much as a plain read would: readers look for a 3-byte UTF-8 mark in it.
            return n < buffer.Length && _prefix.IsEmpty ? n + rest.ReadAtLeast(buffer[n..], 1, throwOnEndOfStream: false) : n;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                rest.Dispose();
                also?.Dispose();
            }
            base.Dispose(disposing);
        }
    }

    /// <summary>Lets the importer dispose its stream without closing a file someone else still watches (progress).</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
