using System.Text.Json;
using Swarmscope.Core;

namespace Swarmscope.Ingest.Json;

/// <summary>
/// The record loop shared by the JSON importers: walks the top-level values of a file (one array, one object,
/// JSON Lines, or concatenated values) and hands each record to a mapper, one small document at a time.
/// A record whose mapping fails becomes a <see cref="RejectedRecord"/> and the loop carries on; a syntax error
/// ends the file with a rejection naming line and column, except in line-delimited files, where only the
/// broken line is lost.
/// </summary>
public static class JsonRecordLoop
{
    /// <summary>Maps one record; <paramref name="record"/> is its 1-based index, <paramref name="line"/> where it starts.</summary>
    public delegate void RecordMapper(JsonElement element, long record, long line);

    /// <param name="unwrapTopLevelArrays">When true, the elements of a top-level array are the records;
    /// otherwise each top-level value is one record (used when a top-level array is itself meaningful).</param>
    public static void Run(Stream stream, ImportContext context, IRecordSink sink, RecordMapper mapper,
        CancellationToken cancellationToken, bool unwrapTopLevelArrays = true)
    {
        using var reader = new JsonStreamReader(stream);
        long record = 0;
        var topLevelValues = 0;
        var insideArray = false;
        while (!sink.Stopped)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (!insideArray)
                {
                    var next = reader.Peek();
                    if (next == JsonTokenType.None) break;
                    if (next == JsonTokenType.StartArray && unwrapTopLevelArrays)
                    {
                        reader.Read();
                        insideArray = true;
                        continue;
                    }
                }
                if (!reader.TryReadValue(out var document))
                {
                    if (insideArray) { insideArray = false; topLevelValues++; continue; }
                    break;
                }
                record++;
                if (!insideArray) topLevelValues++;
                using (document)
                    MapOne(document!.RootElement, record, reader.TokenLine, context, sink, mapper);
                if ((record & 0xFFF) == 0) context.Progress?.Invoke(record);
            }
            catch (JsonSyntaxException e)
            {
                sink.Rejected(new RejectedRecord(context.SourceFile, record + 1, null,
                    $"invalid JSON at line {e.Line}, column {e.Column}: {e.Reason}"));
                record++;
                // Resynchronise only where lines are records: after a complete top-level value, outside any array.
                if (insideArray || topLevelValues == 0 || !reader.SkipToNextLine()) return;
            }
        }
        context.Progress?.Invoke(record);
    }

    /// <summary>Runs a mapper on one record, turning a field problem into a rejection.</summary>
    public static void MapOne(JsonElement element, long record, long line, ImportContext context, IRecordSink sink, RecordMapper mapper)
    {
        try
        {
            mapper(element, record, line);
        }
        catch (BadFieldException e)
        {
            sink.Rejected(new RejectedRecord(context.SourceFile, record, e.Field, $"{e.Reason} (record {record}, line {line})", JsonFields.Raw(element)));
        }
        catch (InvalidOperationException e)
        {
            // JsonElement accessors throw this for a value of the wrong kind that a mapper did not check.
            sink.Rejected(new RejectedRecord(context.SourceFile, record, null, $"{e.Message} (record {record}, line {line})", JsonFields.Raw(element)));
        }
    }
}
