using System.Buffers;
using System.Buffers.Text;
using Swarmscope.Core;

namespace Swarmscope.Ingest.Csv;

/// <summary>
/// Reads the records of one CSV file for one importer. Field helpers report a bad value as a
/// <see cref="RejectedRecord"/> naming file, line, column and reason, and return false so the row is skipped.
/// </summary>
public abstract class CsvImportSession
{
    protected CsvReader Reader { get; private set; } = null!;
    protected CsvHeader Header { get; private set; } = null!;
    protected ImportContext Context { get; private set; } = null!;
    protected IRecordSink Sink { get; private set; } = null!;

    internal void Attach(CsvReader reader, CsvHeader header, ImportContext context, IRecordSink sink)
    {
        Reader = reader;
        Header = header;
        Context = context;
        Sink = sink;
    }

    /// <summary>Handles the current record.</summary>
    public abstract void Row();

    /// <summary>Called after the last record (e.g. to emit accounts collected along the way).</summary>
    public virtual void Complete() { }

    /// <summary>Where the current record is.</summary>
    protected Provenance Here => new(Context.SourceFile, Reader.LineNumber);

    /// <summary>Rejects rows whose column count differs from the header (trailing empty cells are tolerated).</summary>
    internal bool CheckShape()
    {
        var n = Reader.FieldCount;
        if (n == Header.Count) return true;
        if (n < Header.Count)
        {
            Reject(Header.Names[n], $"missing: the row has {n} columns, the header {Header.Count}");
            return false;
        }
        for (var i = Header.Count; i < n; i++)
        {
            if (!Reader.IsEmpty(i))
            {
                Reject($"column {i + 1}", $"extra: the row has {n} columns, the header {Header.Count}");
                return false;
            }
        }
        return true;
    }

    public void Reject(string? field, string reason) =>
        Sink.Rejected(new RejectedRecord(Context.SourceFile, Reader.LineNumber, field, reason, Reader.RawRecord()));

    protected string? Str(int column) => column < 0 ? null : Reader.GetStringOrNull(column);

    /// <summary>A cell of a CSV Swarmscope wrote, as it was before the writer neutralised it (<see cref="CsvReader.GetText"/>).</summary>
    protected string? OwnText(int column) => column < 0 ? null : Reader.GetTextOrNull(column);

    /// <summary>A whole number; empty or absent = null (unknown, never zero). A spreadsheet-mangled "9.06E+17" or
    /// "1,234" is a bad value. Decimal points with only zeros after them ("313.0", from pandas) are accepted.</summary>
    protected bool Long(int column, out long? value)
    {
        value = null;
        if (column < 0 || Reader.IsEmpty(column)) return true;
        var span = Reader.Field(column).Trim((byte)' ');
        if (span.IsEmpty) return true;
        if (Utf8Parser.TryParse(span, out long v, out var used) && (used == span.Length || AllZeroDecimals(span[used..])))
        {
            value = v;
            return true;
        }
        Reject(Header.Names[column], $"not a whole number: '{Reader.GetString(column)}'");
        return false;
    }

    private static bool AllZeroDecimals(ReadOnlySpan<byte> rest)
    {
        if (rest.Length < 2 || rest[0] != (byte)'.') return false;
        foreach (var b in rest[1..]) if (b != (byte)'0') return false;
        return true;
    }

    /// <summary>A timestamp; a required one that is empty or unreadable rejects the row.</summary>
    /// <param name="numbersAreSeconds">Plain numbers are seconds on any origin (<see cref="TimestampParser.TryParseSeconds"/>), as layouts such as QUT's define them.</param>
    protected bool Time(int column, bool required, out Timestamp? value, bool numbersAreSeconds = false)
    {
        value = null;
        if (column < 0 || Reader.IsEmpty(column))
        {
            if (!required) return true;
            Reject(column < 0 ? "time" : Header.Names[column], "empty: a post needs a time");
            return false;
        }
        if ((numbersAreSeconds && TimestampParser.TryParseSeconds(Reader.Field(column), out var ts))
            || TimestampParser.TryParse(Reader.Field(column), Context.AssumedTimeZone, out ts))
        {
            value = ts;
            return true;
        }
        Reject(Header.Names[column], $"not a timestamp between 1970 and 3000: '{Reader.GetString(column)}'");
        return false;
    }

    /// <summary>true/false/1/0/yes/no (any case); empty = null.</summary>
    protected bool Bool(int column, out bool? value)
    {
        value = null;
        var s = Str(column);
        if (s is null) return true;
        switch (s.Trim().ToLowerInvariant())
        {
            case "true" or "1" or "yes" or "t" or "y": value = true; return true;
            case "false" or "0" or "no" or "f" or "n": value = false; return true;
        }
        Reject(Header.Names[column], $"not true/false: '{s}'");
        return false;
    }

    /// <summary>One vectorised pass instead of two case-insensitive searches per text (~3% of parsing the IRA files).</summary>
    private static readonly SearchValues<string> UrlHints = SearchValues.Create(["http", "www."], StringComparison.OrdinalIgnoreCase);

    /// <summary>Fills hashtags, mentions and URLs from the text where the export has no field for them.</summary>
    protected static void EntitiesFromText(Post post, bool hashtags = true, bool mentions = true, bool urls = true)
    {
        var text = post.Text;
        if (string.IsNullOrEmpty(text)) return;
        if (hashtags && text.Contains('#')) post.Hashtags = TextEntities.Hashtags(text);
        if (mentions && text.Contains('@')) post.Mentions = TextEntities.Mentions(text);
        if (urls && text.AsSpan().ContainsAny(UrlHints))
            post.Urls = ListField.CanonicalUrls(TextEntities.Urls(text));
    }

    /// <summary>"RT @handle: ..." marks a retweet of handle's post in exports without a retweet field.</summary>
    protected static string? RetweetedHandle(string? text)
    {
        if (text is null || !text.StartsWith("RT @", StringComparison.Ordinal)) return null;
        var end = 4;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_')) end++;
        return end > 4 ? text[4..end].ToLowerInvariant() : null;
    }
}
