using System.Text;

namespace Swarmscope.Signals;

/// <summary>RFC 4180 reading and writing for Swarmscope's own small CSV files (clusters, labels, accounts.csv).</summary>
public static class CsvText
{
    /// <summary>Reads records (fields) from a CSV text; quoted fields may hold commas, quotes and newlines.</summary>
    public static IEnumerable<(long Line, List<string> Fields)> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        long line = 1, recordLine = 1;
        var inQuotes = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else inQuotes = false;
                }
                else { if (c == '\n') line++; field.Append((char)c); }
                continue;
            }
            switch (c)
            {
                case '"': inQuotes = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    yield return (recordLine, fields);
                    fields = [];
                    any = false;
                    line++;
                    recordLine = line;
                    break;
                default: field.Append((char)c); break;
            }
        }
        if (any)
        {
            fields.Add(field.ToString());
            yield return (recordLine, fields);
        }
    }

    /// <summary>Quotes a cell when needed. Text cells starting with = + - @ get a leading apostrophe so that a
    /// spreadsheet does not run post-derived text (handles, reasons) as a formula.</summary>
    public static string Cell(string? value, bool text = true)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (text && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.AsSpan().IndexOfAny("\",\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
