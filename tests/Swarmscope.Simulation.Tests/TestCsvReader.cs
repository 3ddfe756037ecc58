using System.Text;

namespace Swarmscope.Simulation.Tests;

/// <summary>An independent strict RFC 4180 reader for the tests: quoted fields, doubled quotes, line breaks inside quotes.</summary>
public static class TestCsvReader
{
    public static List<string[]> Read(string content)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var inQuotes = false;
        var fieldStarted = false;
        while (i < content.Length)
        {
            var c = content[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < content.Length && content[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                    inQuotes = false;
                    i++;
                    if (i < content.Length && content[i] is not (',' or '\n' or '\r')) throw new FormatException($"text after closing quote at {i}");
                    continue;
                }
                field.Append(c);
                i++;
                continue;
            }
            switch (c)
            {
                case '"' when !fieldStarted && field.Length == 0: inQuotes = true; fieldStarted = true; i++; break;
                case '"': throw new FormatException($"bare quote at {i}");
                case ',': row.Add(field.ToString()); field.Clear(); fieldStarted = false; i++; break;
                case '\r': i++; break;
                case '\n':
                    row.Add(field.ToString()); field.Clear(); fieldStarted = false;
                    rows.Add(row.ToArray()); row.Clear(); i++;
                    break;
                default: field.Append(c); fieldStarted = true; i++; break;
            }
        }
        if (inQuotes) throw new FormatException("unterminated quoted field");
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row.ToArray()); }
        return rows;
    }
}
