using System.Globalization;

namespace Swarmscope.Core.Csv;

/// <summary>
/// The one RFC 4180 writer for every CSV Swarmscope writes (reports, scores, the rejected-record log, simulated worlds).
/// A field is quoted when it holds a comma, a double quote, CR or LF, or starts or ends with a space (so readers that
/// trim keep it); quotes inside are doubled. Text that comes from data goes through <see cref="Text"/>, which
/// neutralises formulas and hidden characters reversibly (<see cref="SafeText.Csv"/>); <see cref="CsvReader.GetText"/>
/// reads it back exactly.
/// </summary>
public sealed class CsvWriter(TextWriter writer, string lineEnd = "\n")
{
    private bool _atRecordStart = true;

    /// <summary>A field holding text from data (handles, ids, post texts, reasons): neutralised, then quoted as needed.</summary>
    public CsvWriter Text(string? value)
    {
        Separator();
        if (!string.IsNullOrEmpty(value)) WriteQuoted(SafeText.Csv(value));
        return this;
    }

    /// <summary>A field Swarmscope composed itself (a number, a platform name, a formatted time): quoted as needed only.</summary>
    public CsvWriter Value(string? value)
    {
        Separator();
        if (!string.IsNullOrEmpty(value)) WriteQuoted(value);
        return this;
    }

    public CsvWriter Value(long value)
    {
        Separator();
        writer.Write(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>An optional number; empty when unknown.</summary>
    public CsvWriter Value(long? value)
    {
        Separator();
        if (value is { } v) writer.Write(v.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Ends the record with the writer's line end ("\n", or "\r\n" where a spreadsheet convention is wanted).</summary>
    public void EndRecord()
    {
        writer.Write(lineEnd);
        _atRecordStart = true;
    }

    /// <summary>A header row of column names.</summary>
    public void Header(params ReadOnlySpan<string> names)
    {
        foreach (var n in names) Value(n);
        EndRecord();
    }

    /// <summary>One record of data texts.</summary>
    public void TextRecord(params ReadOnlySpan<string?> fields)
    {
        foreach (var f in fields) Text(f);
        EndRecord();
    }

    /// <summary>A data text as one quoted-as-needed cell, for writers that build a line themselves.</summary>
    public static string TextCell(string? value) => string.IsNullOrEmpty(value) ? "" : Quote(SafeText.Csv(value));

    private void Separator()
    {
        if (!_atRecordStart) writer.Write(',');
        _atRecordStart = false;
    }

    private void WriteQuoted(string value)
    {
        if (!NeedsQuotes(value)) { writer.Write(value); return; }
        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\""));
        writer.Write('"');
    }

    private static string Quote(string value) => NeedsQuotes(value) ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    private static bool NeedsQuotes(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' ';
}
