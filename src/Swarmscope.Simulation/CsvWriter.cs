namespace Swarmscope.Simulation;

/// <summary>
/// Minimal RFC 4180 writer: a field is quoted when it holds a comma, a double quote, CR or LF (or starts or ends with
/// a space, so readers that trim keep it intact); quotes inside are doubled. Records end with "\n".
/// Post text is hostile input, so every field goes through here; nothing is written raw.
/// </summary>
public sealed class CsvWriter(TextWriter writer)
{
    private bool _atRecordStart = true;

    public void Field(string? value)
    {
        if (!_atRecordStart) writer.Write(',');
        _atRecordStart = false;
        if (string.IsNullOrEmpty(value)) return;
        if (!NeedsQuotes(value)) { writer.Write(value); return; }
        writer.Write('"');
        foreach (var c in value)
        {
            if (c == '"') writer.Write('"');
            writer.Write(c);
        }
        writer.Write('"');
    }

    public void Field(long value)
    {
        if (!_atRecordStart) writer.Write(',');
        _atRecordStart = false;
        writer.Write(value);
    }

    public void EndRecord()
    {
        writer.Write('\n');
        _atRecordStart = true;
    }

    public void Record(params ReadOnlySpan<string?> fields)
    {
        foreach (var f in fields) Field(f);
        EndRecord();
    }

    private static bool NeedsQuotes(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' ';
}
