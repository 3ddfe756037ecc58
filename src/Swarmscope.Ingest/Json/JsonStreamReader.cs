using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Swarmscope.Ingest.Json;

/// <summary>
/// Reads a JSON file token by token, or value by value as small <see cref="JsonDocument"/>s, over a pooled buffer
/// that is refilled from the stream. Memory is bounded by the largest single value asked for as a document,
/// never by the file: a 5 GB array of tweets is read one tweet at a time. Several top-level values (JSON Lines,
/// concatenated responses) are allowed. Tracks the line and column of every value for error messages.
/// </summary>
public sealed class JsonStreamReader : IDisposable
{
    private static readonly JsonReaderOptions Options = new()
    {
        AllowMultipleValues = true,
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 256,
    };

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private bool _started;
    private JsonReaderState _state = new(Options);
    private long _lineAtStart = 1;
    private long _columnAtStart = 1;
    // The reader state counts lines from where it was created; after a resync that is not line 1.
    private long _linesBeforeState;

    private readonly int _maxValueBytes;

    public JsonStreamReader(Stream stream, int initialBufferSize = 1 << 16, int maxValueBytes = MaxValueBytes)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(initialBufferSize);
        _maxValueBytes = maxValueBytes;
    }

    /// <summary>The token last returned by <see cref="Read"/>, or the first token of the last value read.</summary>
    public JsonTokenType TokenType { get; private set; }

    /// <summary>Property name, string value, or the raw text of a number/literal for the last token read.</summary>
    public string? TokenText { get; private set; }

    /// <summary>1-based line where the last token or value started.</summary>
    public long TokenLine { get; private set; }

    /// <summary>Nesting depth after the last operation (0 = between top-level values).</summary>
    public int Depth => _depth;

    private int _depth;

    /// <summary>1-based line of the next unread byte.</summary>
    public long Line => _lineAtStart;

    /// <summary>Reads the next token. Returns false at the end of the input.</summary>
    public bool Read()
    {
        while (true)
        {
            EnsureStarted();
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, _state);
            bool ok;
            try { ok = reader.Read(); }
            catch (JsonException e) { throw Syntax(e); }
            if (ok)
            {
                TokenType = reader.TokenType;
                TokenText = reader.TokenType switch
                {
                    JsonTokenType.PropertyName or JsonTokenType.String => JsonText.Of(ref reader),
                    JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null =>
                        Encoding.UTF8.GetString(reader.ValueSpan),
                    _ => null,
                };
                TokenLine = LineOf((int)reader.TokenStartIndex);
                _depth = reader.CurrentDepth + (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? 1 : 0);
                Commit(ref reader);
                return true;
            }
            if (_eof) { TokenType = JsonTokenType.None; return false; }
            Refill();
        }
    }

    /// <summary>The type of the next token without consuming it (None at the end of the input).</summary>
    public JsonTokenType Peek()
    {
        while (true)
        {
            EnsureStarted();
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, _state);
            bool ok;
            try { ok = reader.Read(); }
            catch (JsonException e) { throw Syntax(e); }
            if (ok) return reader.TokenType;
            if (_eof) return JsonTokenType.None;
            Refill();
        }
    }

    /// <summary>
    /// Reads the next complete value (object, array or primitive) as a document. Returns false, consuming the
    /// token, when the enclosing array or object ends instead, or at the end of the input.
    /// </summary>
    public bool TryReadValue(out JsonDocument? document)
    {
        while (true)
        {
            EnsureStarted();
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, _state);
            try
            {
                if (reader.Read())
                {
                    TokenType = reader.TokenType;
                    TokenLine = LineOf((int)reader.TokenStartIndex);
                    if (reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject)
                    {
                        _depth = reader.CurrentDepth;
                        Commit(ref reader);
                        document = null;
                        return false;
                    }
                    if (JsonDocument.TryParseValue(ref reader, out document))
                    {
                        _depth = reader.CurrentDepth;
                        Commit(ref reader);
                        return true;
                    }
                }
                else if (_eof)
                {
                    TokenType = JsonTokenType.None;
                    document = null;
                    return false;
                }
            }
            catch (JsonException e) { throw Syntax(e); }
            Refill();
        }
    }

    /// <summary>Skips the next complete value (after a property name, or the next element of an array).</summary>
    public void SkipValue()
    {
        while (true)
        {
            EnsureStarted();
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, _state);
            try
            {
                if (reader.Read() && reader.TrySkip())
                {
                    _depth = reader.CurrentDepth;
                    Commit(ref reader);
                    return;
                }
                if (_eof) throw new JsonSyntaxException(_lineAtStart, _columnAtStart, "the file ends inside a value");
            }
            catch (JsonException e) { throw Syntax(e); }
            Refill();
        }
    }

    /// <summary>
    /// After a syntax error between top-level values of a line-delimited file: drops everything up to and
    /// including the next line break and starts afresh, so one broken line costs one record, not the file.
    /// Returns false when there is no further line.
    /// </summary>
    public bool SkipToNextLine()
    {
        // The broken value starts after the whitespace (and line break) that ended the previous one.
        while (true)
        {
            EnsureStarted();
            var window = _buffer.AsSpan(_start, _end - _start);
            var ws = window.IndexOfAnyExcept("\t\n\r "u8);
            if (ws >= 0) { Advance(ws); break; }
            if (_eof) { Advance(window.Length); return false; }
            Advance(window.Length);
            Refill();
        }
        while (true)
        {
            EnsureStarted();
            var nl = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (nl >= 0)
            {
                Advance(nl + 1);
                _state = new JsonReaderState(Options);
                _linesBeforeState = _lineAtStart - 1;
                _depth = 0;
                return true;
            }
            if (_eof) { Advance(_end - _start); return false; }
            // Keep nothing of an over-long broken line: only the line count matters.
            Advance(_end - _start);
            Refill();
        }
    }

    private void EnsureStarted()
    {
        if (_started) return;
        _started = true;
        // A stream may hand out fewer bytes than asked: read until the mark can be seen (or the data ends).
        while (!_eof && _end - _start < 3) Refill();
        if (_end - _start >= 3 && _buffer[_start] == 0xEF && _buffer[_start + 1] == 0xBB && _buffer[_start + 2] == 0xBF)
            _start += 3; // a UTF-8 byte order mark is not part of the JSON text
    }

    /// <summary>Where the next value starts in the window: after separators and white space.</summary>
    private int ValueStart()
    {
        var i = _buffer.AsSpan(_start, _end - _start).IndexOfAnyExcept(" \t\r\n,:"u8);
        return i < 0 ? 0 : i;
    }

    private long ColumnOf(int offsetInWindow)
    {
        var before = _buffer.AsSpan(_start, offsetInWindow);
        var newline = before.LastIndexOf((byte)'\n');
        return newline < 0 ? _columnAtStart + offsetInWindow : offsetInWindow - newline;
    }

    private long LineOf(int offsetInWindow) =>
        _lineAtStart + _buffer.AsSpan(_start, offsetInWindow).Count((byte)'\n');

    private void Commit(ref Utf8JsonReader reader)
    {
        _state = reader.CurrentState;
        Advance((int)reader.BytesConsumed);
    }

    private void Advance(int count)
    {
        var consumed = _buffer.AsSpan(_start, count);
        var lines = consumed.Count((byte)'\n');
        if (lines > 0)
        {
            _lineAtStart += lines;
            _columnAtStart = count - consumed.LastIndexOf((byte)'\n');
        }
        else _columnAtStart += count;
        _start += count;
    }

    /// <summary>
    /// The largest single value read whole, 256 MiB: an API response page with its includes is a few MB, a Telegram
    /// Desktop export is read message by message.
    /// </summary>
    internal const int MaxValueBytes = 256 << 20;

    private void Refill()
    {
        if (_eof) return;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            // A value as large as this is almost surely a bracket or string never closed: reading on would take the
            // rest of the file into memory.
            if (_end >= _maxValueBytes && ValueStart() is var valueStart)
                throw new JsonSyntaxException(LineOf(valueStart), ColumnOf(valueStart),
                    $"one JSON value runs past {_maxValueBytes >> 20} MiB (a bracket or string never closed?); the rest of the file was not read");
            // One value is larger than the buffer: grow it (bounded by the largest value, not the file).
            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        // Fill the buffer, not just read once: a gzip or zip stream, a pipe, hands out a few kilobytes per read, and a
        // value that is not complete in the buffer is parsed again from its start after every refill. Refilling by a
        // few kilobytes made that quadratic in the size of one value (a 35 MB VK response: 16.3 s gzipped, 2.0 s plain).
        var wanted = _buffer.Length - _end;
        var read = _stream.ReadAtLeast(_buffer.AsSpan(_end, wanted), wanted, throwOnEndOfStream: false);
        _end += read;
        if (read < wanted) _eof = true;
    }

    private JsonSyntaxException Syntax(JsonException e)
    {
        // The reader state carries its line and byte-in-line across buffer refills, so these are file positions.
        var line = _linesBeforeState + (e.LineNumber ?? 0) + 1;
        var column = (e.BytePositionInLine ?? 0) + 1;
        var reason = e.Message;
        // The reader's message repeats its own (window-relative) position; ours is the file's.
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0) reason = reason[..cut].TrimEnd();
        return new JsonSyntaxException(line, column, reason, e);
    }

    public void Dispose()
    {
        if (_buffer.Length > 0) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
