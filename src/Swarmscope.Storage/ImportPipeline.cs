using Swarmscope.Core;
using Swarmscope.Ingest;

namespace Swarmscope.Storage;

/// <summary>
/// Imports one file end to end: hash it (a file imported before is skipped), open it (gzip is transparent),
/// stream it through the importer into an <see cref="ImportBatch"/>, and commit. The importer parses on the
/// calling thread while the batch appends on another.
/// </summary>
public static class ImportPipeline
{
    public static ImportSummary ImportFile(InvestigationStore store, string path, IPlatformImporter importer, ImportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new ImportOptions();
        var source = ImportSource.FromFile(path, importer.Format);
        if (!options.Force && store.FindImport(source.Sha256) is { } earlier)
            return earlier with { Path = path };

        using var batch = store.BeginImport(source, stopOnFirstRejected: options.OnRejected is null, options.OnRejected);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var stream = Decompressed(file, path);
        options.Progress?.Start(path, batch, file);
        try
        {
            var context = new ImportContext
            {
                SourceFile = path,
                Mapping = options.Mapping,
                AssumedTimeZone = options.AssumedTimeZone ?? TimeZoneInfo.Utc,
            };
            importer.Import(stream, context, batch, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            if (options.OnRejected is null && batch.FirstRejected is { } bad) throw new ImportRejectedException(bad);
            return batch.Commit();
        }
        finally
        {
            options.Progress?.Stop();
        }
    }

    private static Stream Decompressed(FileStream file, string path)
    {
        Span<byte> magic = stackalloc byte[2];
        var n = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        file.Position = 0;
        return n == 2 && magic[0] == 0x1f && magic[1] == 0x8b
            ? new BufferedStream(new CheckedGzipStream(file, path, leaveOpen: true), 1 << 16)
            : new NonClosingStream(file);
    }

    /// <summary>Lets the importer dispose its stream without closing the file the progress display watches.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
