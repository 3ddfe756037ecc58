using System.Text;
using System.Text.Json;
using Swarmscope.Core;

namespace Swarmscope.Cli;

/// <summary>
/// The --skip-bad log: one line per rejected record with file, record, field, reason and the raw text.
/// JSON Lines when the name ends in .jsonl/.json, otherwise RFC 4180 CSV. Raw text is hostile: always quoted/escaped.
/// </summary>
public sealed class RejectedRecordWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly bool _jsonLines;

    public long Count { get; private set; }

    public RejectedRecordWriter(string path)
    {
        _jsonLines = path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        if (!_jsonLines) _writer.Write("file,record,field,reason,raw\r\n");
    }

    public void Write(RejectedRecord r)
    {
        lock (_writer)
        {
            Count++;
            if (_jsonLines)
            {
                _writer.Write(JsonSerializer.Serialize(new Dictionary<string, object?>
                {
                    ["file"] = r.SourceFile, ["record"] = r.Record, ["field"] = r.Field, ["reason"] = r.Reason, ["raw"] = r.Raw,
                }));
                _writer.Write('\n');
                return;
            }
            Field(r.SourceFile); _writer.Write(',');
            _writer.Write(r.Record.ToString(System.Globalization.CultureInfo.InvariantCulture)); _writer.Write(',');
            Field(r.Field); _writer.Write(',');
            Field(r.Reason); _writer.Write(',');
            Field(r.Raw);
            _writer.Write("\r\n");
        }
    }

    /// <summary>The raw record is hostile text: quoted, and kept from running as a spreadsheet formula (<see cref="Swarmscope.Core.Csv.CsvWriter.TextCell"/>).</summary>
    private void Field(string? value) => _writer.Write(Swarmscope.Core.Csv.CsvWriter.TextCell(value));

    public void Dispose() => _writer.Dispose();
}
