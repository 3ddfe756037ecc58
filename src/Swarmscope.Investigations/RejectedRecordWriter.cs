using System.Text;
using System.Text.Json;
using Swarmscope.Core;

namespace Swarmscope.Investigations;

/// <summary>
/// The --skip-bad log: one line per rejected record with file, record, field, reason and the raw text.
/// JSON Lines when the name ends in .jsonl/.json, otherwise RFC 4180 CSV. Raw text is hostile: always quoted/escaped.
/// Written beside the target and renamed into place by <see cref="Commit"/> (<see cref="OutputRule"/>).
/// </summary>
public sealed class RejectedRecordWriter : IDisposable
{
    private readonly AtomicFile _file;
    private readonly StreamWriter _writer;
    private readonly bool _jsonLines;
    private bool _closed;

    public long Count { get; private set; }

    public RejectedRecordWriter(string path)
    {
        _jsonLines = path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        _file = AtomicFile.Create(path);
        _writer = new StreamWriter(_file.Stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
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

    /// <summary>Puts the log in place (also after a failed import: it holds the bad records of the files read).</summary>
    public void Commit()
    {
        Close();
        _file.Commit();
    }

    public void Dispose()
    {
        Close();
        _file.Dispose();
    }

    /// <summary>A writer left open on its stream flushes again at every Dispose, so it is disposed once.</summary>
    private void Close()
    {
        lock (_writer)
        {
            if (_closed) return;
            _closed = true;
            _writer.Dispose();
        }
    }
}
