using Swarmscope.Core;

namespace Swarmscope.Ingest.Csv;

/// <summary>
/// Common driver for CSV formats: reads the header, checks each record's shape, and hands well-formed records
/// to a per-import <see cref="CsvImportSession"/>. Importer instances are shared (the registry holds one of each),
/// so all per-file state lives in the session.
/// </summary>
public abstract class CsvImporter : IPlatformImporter
{
    private const int ProgressEvery = 1 << 16;

    public abstract string Format { get; }

    public abstract string Description { get; }

    public double Sniff(string fileName, ReadOnlySpan<byte> head)
    {
        var header = CsvHeader.FromHead(head);
        return header is null ? 0 : SniffHeader(fileName, header);
    }

    /// <summary>Confidence from the header alone: ≥0.9 on this format's exact header, 0 when it is not this format.</summary>
    protected abstract double SniffHeader(string fileName, CsvHeader header);

    /// <summary>Starts reading one file. Returns null (after reporting a rejection) when the header cannot be read in this format.</summary>
    protected abstract CsvImportSession? Begin(CsvHeader header, ImportContext context, IRecordSink sink);

    public void Import(Stream stream, ImportContext context, IRecordSink sink, CancellationToken cancellationToken = default)
    {
        using var reader = new CsvReader(stream);
        if (!reader.Read()) return; // an empty file holds no records
        var header = CsvHeader.From(reader);
        if (header.DuplicatesProblem() is { } duplicates)
        {
            RejectHeader(context, sink, header.Duplicates[0], duplicates);
            return;
        }
        var session = Begin(header, context, sink);
        if (session is null) return;
        session.Attach(reader, header, context, sink);
        while (!sink.Stopped && reader.Read())
        {
            if ((reader.RecordCount & (ProgressEvery - 1)) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                context.Progress?.Invoke(reader.RecordCount - 1);
            }
            if (reader.Malformation is { } malformed)
            {
                var column = reader.MalformedField < header.Count ? header.Names[reader.MalformedField] : $"column {reader.MalformedField + 1}";
                session.Reject(column, "malformed CSV: " + malformed);
                continue;
            }
            if (!session.CheckShape()) continue;
            session.Row();
        }
        if (!sink.Stopped) session.Complete();
        context.Progress?.Invoke(reader.RecordCount - 1);
    }

    /// <summary>Rejects the whole file at its header, naming what is missing.</summary>
    protected static CsvImportSession? RejectHeader(ImportContext context, IRecordSink sink, string? field, string reason)
    {
        sink.Rejected(new RejectedRecord(context.SourceFile, 1, field, reason));
        return null;
    }
}
