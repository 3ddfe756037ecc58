using System.Buffers;
using System.Text;

namespace Swarmscope.Core.Csv;

/// <summary>
/// The one CSV reader: every CSV Swarmscope reads (exports, its own reports, labels) goes through it.
/// A streaming RFC 4180 reader that works on UTF-8 bytes: quoted fields, doubled quotes, quoted newlines,
/// CRLF / LF (and a lone CR) line ends, a leading BOM stripped, blank lines skipped.
/// Fields are exposed as byte spans into a pooled buffer, so an importer decodes only the fields it keeps;
/// numbers and timestamps are parsed straight from the bytes.
/// Invalid UTF-8 is not an error here: <see cref="GetString"/> replaces bad sequences with U+FFFD
/// (the record is kept, the damage is visible in the text) — an export with a few broken bytes should not lose rows.
/// </summary>
public sealed class CsvReader : IDisposable
{
    private static readonly SearchValues<byte> UnquotedStops = SearchValues.Create(","u8 + "\n\r\""u8);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;     // first unconsumed byte
    private int _end;       // end of valid data
    private bool _eof;
    private bool _bomChecked;
    private long _nextLine = 1;

    // Field boundaries of the current record, as offsets into _buffer (content only, without enclosing quotes).
    private int[] _fieldStart = new int[32];
    private int[] _fieldEnd = new int[32];
    private bool[] _fieldEscaped = new bool[32];
    private int _recordStart, _recordEnd;
    private byte[] _scratch = new byte[256];

    private readonly bool _ownsStream;

    public CsvReader(Stream stream, bool ownsStream = false, int bufferSize = 1 << 16)
    {
        _stream = stream;
        _ownsStream = ownsStream;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(bufferSize, 1024));
    }

    /// <summary>Number of fields in the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>1-based physical line on which the current record starts.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Records read so far (the header counts).</summary>
    public long RecordCount { get; private set; }

    /// <summary>Set when the current record is not well-formed CSV (text after a closing quote, or a quote never closed);
    /// the fields are still available as best read, and importers reject the record with this reason.</summary>
    public string? Malformation { get; private set; }

    /// <summary>The 0-based index of the field where <see cref="Malformation"/> was found.</summary>
    public int MalformedField { get; private set; }

    /// <summary>Reads the next record; false at the end of the stream.</summary>
    public bool Read()
    {
        while (true)
        {
            if (!_bomChecked)
            {
                if (!EnsureBytes(3) && _end - _start == 0) return false;
                if (_end - _start >= 3 && _buffer[_start] == 0xEF && _buffer[_start + 1] == 0xBB && _buffer[_start + 2] == 0xBF) _start += 3;
                _bomChecked = true;
            }
            if (_start >= _end && !Fill()) return false;
            // Skip blank lines between records; they are not records.
            var b = _buffer[_start];
            if (b == (byte)'\n') { _start++; _nextLine++; continue; }
            if (b == (byte)'\r')
            {
                if (_start + 1 >= _end) Fill();
                _start++;
                if (_start < _end && _buffer[_start] == (byte)'\n') _start++;
                _nextLine++;
                continue;
            }
            if (TryParseRecord()) { RecordCount++; return true; }
            // Record incomplete in buffer: make room / read more and parse it again from its start.
            if (_eof) { ParseAtEof(); RecordCount++; return true; }
            if (_end - _start >= MaxRecordBytes) { ParseTooLong(); RecordCount++; return true; }
            Fill();
        }
    }

    private bool TryParseRecord()
    {
        var buf = _buffer;
        var pos = _start;
        var end = _end;
        var count = 0;
        long newlinesInside = 0;
        Malformation = null;
        while (true)
        {
            if (count == _fieldStart.Length) GrowFields();
            if (pos < end && buf[pos] == (byte)'"')
            {
                var contentStart = pos + 1;
                var p = contentStart;
                var escaped = false;
                while (true)
                {
                    var rel = buf.AsSpan(p, end - p).IndexOf((byte)'"');
                    if (rel < 0) return false; // need more data
                    var q = p + rel;
                    if (q + 1 >= end) { if (!_eof) return false; p = q; break; }
                    if (buf[q + 1] == (byte)'"') { escaped = true; p = q + 2; continue; }
                    p = q;
                    break;
                }
                newlinesInside += buf.AsSpan(contentStart, p - contentStart).Count((byte)'\n');
                _fieldStart[count] = contentStart;
                _fieldEnd[count] = p;
                _fieldEscaped[count] = escaped;
                count++;
                pos = p + 1;
                if (pos < end && buf[pos] != (byte)',' && buf[pos] != (byte)'\n' && buf[pos] != (byte)'\r')
                {
                    // Text after the closing quote ("ab"cd): keep it in the field, but say the record is malformed.
                    var rel = buf.AsSpan(pos, end - pos).IndexOfAny((byte)',', (byte)'\n', (byte)'\r');
                    if (rel < 0) { if (!_eof) return false; rel = end - pos; }
                    if (Malformation is null) { Malformation = "text after a closing quote"; MalformedField = count - 1; }
                    pos += rel;
                }
            }
            else
            {
                var p = pos;
                while (true)
                {
                    var rel = buf.AsSpan(p, end - p).IndexOfAny(UnquotedStops);
                    if (rel < 0) { if (!_eof) return false; p = end; break; }
                    p += rel;
                    if (buf[p] == (byte)'"') { p++; continue; } // a quote inside an unquoted field is literal
                    break;
                }
                _fieldStart[count] = pos;
                _fieldEnd[count] = p;
                _fieldEscaped[count] = false;
                count++;
                pos = p;
            }
            if (pos >= end)
            {
                if (!_eof) return false;
                Finish(count, pos, pos, newlinesInside);
                return true;
            }
            var c = buf[pos];
            if (c == (byte)',') { pos++; if (pos >= end && !_eof) return false; if (pos >= end) { if (count == _fieldStart.Length) GrowFields(); _fieldStart[count] = _fieldEnd[count] = pos; _fieldEscaped[count] = false; count++; Finish(count, pos, pos, newlinesInside); return true; } continue; }
            if (c == (byte)'\n') { Finish(count, pos, pos + 1, newlinesInside + 1); return true; }
            // '\r': need to know whether '\n' follows.
            if (pos + 1 >= end && !_eof) return false;
            var next = pos + 1 < end && buf[pos + 1] == (byte)'\n' ? pos + 2 : pos + 1;
            Finish(count, pos, next, newlinesInside + 1);
            return true;
        }
    }

    /// <summary>
    /// The longest record read whole, 16 MiB: hundreds of times any real post. Beyond it a record is almost surely a
    /// quote never closed, which would otherwise make the reader hold the whole rest of the file in memory (a 129 MB
    /// file with a stray quote on line 2 took 350 MB) and, in a file of gigabytes, run out of it.
    /// </summary>
    public const int MaxRecordBytes = 16 << 20;

    /// <summary>
    /// Ends the file at a record longer than <see cref="MaxRecordBytes"/>: it is returned malformed with what was read
    /// of it, and nothing after it is read, since where it was meant to end cannot be known.
    /// </summary>
    private void ParseTooLong()
    {
        TryParseRecordUnclosed();
        Malformation = $"a record longer than {MaxRecordBytes >> 20} MiB (a quote never closed?); the rest of the file was not read";
        MalformedField = Math.Max(0, FieldCount - 1);
        _eof = true;
        _start = _end;
    }

    private void ParseAtEof()
    {
        // Only reached when the final record has an unclosed quote: take the rest of the data as its last field.
        var ok = TryParseRecordUnclosed();
        if (!ok) throw new InvalidOperationException("unreachable");
    }

    private bool TryParseRecordUnclosed()
    {
        // Re-parse leniently: everything after the unmatched quote is the field content.
        var buf = _buffer;
        var pos = _start;
        var count = 0;
        while (pos < _end)
        {
            if (count == _fieldStart.Length) GrowFields();
            if (buf[pos] == (byte)'"')
            {
                var contentStart = pos + 1;
                var p = contentStart;
                var closed = false;
                while (p < _end)
                {
                    var rel = buf.AsSpan(p, _end - p).IndexOf((byte)'"');
                    if (rel < 0) break;
                    var q = p + rel;
                    if (q + 1 < _end && buf[q + 1] == (byte)'"') { p = q + 2; continue; }
                    p = q; closed = true; break;
                }
                if (!closed)
                {
                    _fieldStart[count] = contentStart; _fieldEnd[count] = _end; _fieldEscaped[count] = true; count++;
                    Malformation = "a quoted field is never closed";
                    MalformedField = count - 1;
                    var lines = buf.AsSpan(_start, _end - _start).Count((byte)'\n');
                    Finish(count, _end, _end, lines);
                    return true;
                }
                _fieldStart[count] = contentStart; _fieldEnd[count] = p; _fieldEscaped[count] = true; count++;
                pos = p + 1;
                var r2 = buf.AsSpan(pos, _end - pos).IndexOfAny((byte)',', (byte)'\n', (byte)'\r');
                if (r2 > 0 && Malformation is null) { Malformation = "text after a closing quote"; MalformedField = count - 1; }
                pos = r2 < 0 ? _end : pos + r2;
            }
            else
            {
                var rel = buf.AsSpan(pos, _end - pos).IndexOfAny((byte)',', (byte)'\n', (byte)'\r');
                var p = rel < 0 ? _end : pos + rel;
                _fieldStart[count] = pos; _fieldEnd[count] = p; _fieldEscaped[count] = false; count++;
                pos = p;
            }
            if (pos < _end && buf[pos] == (byte)',') { pos++; continue; }
            if (pos < _end)
            {
                // A line end before the unclosed quote: this record is complete after all.
                var next = buf[pos] == (byte)'\r' && pos + 1 < _end && buf[pos + 1] == (byte)'\n' ? pos + 2 : pos + 1;
                Finish(count, pos, next, buf.AsSpan(_start, pos - _start).Count((byte)'\n') + 1);
                return true;
            }
        }
        Finish(count, _end, _end, buf.AsSpan(_start, _end - _start).Count((byte)'\n'));
        return true;
    }

    private void Finish(int count, int recordEnd, int consumedTo, long linesSpanned)
    {
        FieldCount = count;
        _recordStart = _start;
        _recordEnd = recordEnd;
        LineNumber = _nextLine;
        _nextLine += linesSpanned;
        _start = consumedTo;
    }

    private void GrowFields()
    {
        var n = _fieldStart.Length * 2;
        Array.Resize(ref _fieldStart, n);
        Array.Resize(ref _fieldEnd, n);
        Array.Resize(ref _fieldEscaped, n);
    }

    private bool EnsureBytes(int n)
    {
        while (_end - _start < n) if (!Fill()) return false;
        return true;
    }

    /// <summary>Moves unconsumed bytes to the front (growing the buffer when one record fills it) and reads more.</summary>
    private bool Fill()
    {
        if (_eof) return false;
        var pending = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
            _start = 0;
            _end = pending;
        }
        if (_end == _buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        // Fill the buffer, not just read once: a gzip stream or a pipe hands out a few kilobytes per read, and a
        // record not complete in the buffer is scanned again from its start after every refill.
        var wanted = _buffer.Length - _end;
        var read = _stream.ReadAtLeast(_buffer.AsSpan(_end, wanted), wanted, throwOnEndOfStream: false);
        _end += read;
        if (read < wanted) _eof = true;
        return read > 0;
    }

    /// <summary>The field's bytes with quoting removed. Valid until the next <see cref="Read"/>.</summary>
    public ReadOnlySpan<byte> Field(int index)
    {
        if ((uint)index >= (uint)FieldCount) return default;
        var span = _buffer.AsSpan(_fieldStart[index], _fieldEnd[index] - _fieldStart[index]);
        if (!_fieldEscaped[index]) return span;
        if (_scratch.Length < span.Length) _scratch = new byte[Math.Max(span.Length, _scratch.Length * 2)];
        var n = 0;
        for (var i = 0; i < span.Length; i++)
        {
            _scratch[n++] = span[i];
            if (span[i] == (byte)'"' && i + 1 < span.Length && span[i + 1] == (byte)'"') i++;
        }
        return _scratch.AsSpan(0, n);
    }

    /// <summary>True when the field is absent or empty.</summary>
    public bool IsEmpty(int index) => (uint)index >= (uint)FieldCount || _fieldEnd[index] == _fieldStart[index];

    /// <summary>The field decoded as UTF-8 (invalid bytes become U+FFFD); "" for an empty or absent field.</summary>
    public string GetString(int index)
    {
        var span = Field(index);
        return span.IsEmpty ? "" : Utf8.GetString(span);
    }

    /// <summary>The field decoded, or null when empty or absent (unknown values are null).</summary>
    public string? GetStringOrNull(int index)
    {
        var span = Field(index);
        return span.IsEmpty ? null : Utf8.GetString(span);
    }

    /// <summary>
    /// A text field of a CSV Swarmscope wrote (<see cref="CsvWriter.Text"/>): formula neutralisation and escapes undone
    /// (<see cref="Core.SafeText.FromCsv"/>), so what was written is what is read; "" for an empty or absent field.
    /// Only for Swarmscope's own files: in someone else's export a leading apostrophe is data.
    /// </summary>
    public string GetText(int index)
    {
        var span = Field(index);
        if (span.IsEmpty) return "";
        var s = Utf8.GetString(span);
        return span[0] == (byte)'\'' || span.IndexOf("\\u{"u8) >= 0 ? Core.SafeText.FromCsv(s) : s;
    }

    /// <summary><see cref="GetText"/>, or null when the field is empty or absent.</summary>
    public string? GetTextOrNull(int index) => IsEmpty(index) ? null : GetText(index);

    /// <summary>The current record's bytes exactly as in the file, without its line end. Valid until the next <see cref="Read"/>.</summary>
    public ReadOnlySpan<byte> RawRecordBytes => _buffer.AsSpan(_recordStart, _recordEnd - _recordStart);

    /// <summary>The whole record as it stood in the file (for rejection reports), cut to a readable length.</summary>
    public string RawRecord(int maxChars = 2000)
    {
        var len = Math.Min(_recordEnd - _recordStart, maxChars * 4);
        var s = Utf8.GetString(_buffer, _recordStart, Math.Max(0, len));
        return s.Length > maxChars ? s[..maxChars] + "…" : s;
    }

    public void Dispose()
    {
        var b = _buffer;
        _buffer = [];
        if (b.Length > 0) ArrayPool<byte>.Shared.Return(b);
        if (_ownsStream) _stream.Dispose();
    }
}
