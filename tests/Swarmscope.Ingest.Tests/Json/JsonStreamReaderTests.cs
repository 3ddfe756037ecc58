using System.Text;
using System.Text.Json;
using Swarmscope.Ingest.Json;

namespace Swarmscope.Ingest.Tests.Json;

public sealed class JsonStreamReaderTests
{
    private static string Document(int n)
    {
        var sb = new StringBuilder("[\n");
        for (var i = 0; i < n; i++)
            sb.Append(i == 0 ? "" : ",\n").Append("  {\"i\": ").Append(i).Append(", \"s\": \"")
              .Append(new string('я', i % 37)).Append("\\\"q\\u0041\", \"a\": [").Append(i).Append(", {\"b\": null}]}");
        return sb.Append("\n]\n").ToString();
    }

    [Theory]
    [InlineData(16)]
    [InlineData(64)]
    [InlineData(4096)]
    public void Elements_and_their_lines_survive_any_buffer_boundary(int bufferSize)
    {
        var text = Document(500);
        using var reader = new JsonStreamReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), bufferSize);
        Assert.True(reader.Read());
        Assert.Equal(JsonTokenType.StartArray, reader.TokenType);
        using var whole = JsonDocument.Parse(text);
        var i = 0;
        while (reader.TryReadValue(out var doc))
        {
            using (doc)
            {
                // Independent reference: the same element from parsing the whole text at once.
                Assert.Equal(whole.RootElement[i].GetRawText(), doc!.RootElement.GetRawText());
                Assert.Equal(i + 2, reader.TokenLine); // element i is on line i + 2
            }
            i++;
        }
        Assert.Equal(500, i);
        Assert.Equal(JsonTokenType.EndArray, reader.TokenType);
        Assert.False(reader.Read());
    }

    [Fact]
    public void Syntax_errors_name_the_file_line_and_column_even_after_many_refills()
    {
        var text = Document(300);
        var lines = text.Split('\n');
        lines[250] = lines[250].Replace("\"a\":", "\"a\" ");
        var broken = string.Join('\n', lines);
        using var reader = new JsonStreamReader(new MemoryStream(Encoding.UTF8.GetBytes(broken)), 32);
        reader.Read();
        var e = Assert.Throws<JsonSyntaxException>(() => { while (reader.TryReadValue(out var d)) d!.Dispose(); });
        Assert.Equal(251, e.Line);
        var column = Encoding.UTF8.GetByteCount(lines[250][..(lines[250].IndexOf("\"a\" ", StringComparison.Ordinal) + 4)]);
        // The column is the reader's byte position on that line: at or just after the offending '['.
        Assert.InRange(e.Column, column + 1, column + 2);
    }

    /// <summary>
    /// A string never closed used to make the reader hold the rest of the file, however large. Past the limit
    /// (256 MiB by default, 1 MiB here) the value is a syntax error naming the line where it starts.
    /// </summary>
    [Fact]
    public void A_value_never_closed_is_an_error_at_the_limit_not_the_whole_file_in_memory()
    {
        var head = "[\n{\"id\": 1, \"text\": \"ok\"},\n{\"id\": 2, \"text\": \"open";
        var bytes = Encoding.UTF8.GetBytes(head + new string('x', 8 << 20));
        var stream = new MemoryStream(bytes);
        using var reader = new JsonStreamReader(stream, 1 << 16, maxValueBytes: 1 << 20);
        Assert.True(reader.Read());
        Assert.True(reader.TryReadValue(out var first));
        first!.Dispose();
        var e = Assert.Throws<JsonSyntaxException>(() => reader.TryReadValue(out _));
        Assert.Equal((3, 1), (e.Line, e.Column));
        Assert.Contains("runs past 1 MiB", e.Reason);
        Assert.True(stream.Position <= 2 << 20, $"read {stream.Position} bytes of {bytes.Length}");
    }

    /// <summary>A stream may return fewer bytes than asked (a pipe, a decompressor); the byte order mark must still be seen.</summary>
    [Fact]
    public void A_byte_order_mark_is_skipped_when_the_stream_hands_out_one_byte_at_a_time()
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFF[{\"a\": 1}, {\"a\": 2}]");
        using var reader = new JsonStreamReader(new OneByteAtATime(bytes));
        Assert.True(reader.Read());
        Assert.Equal(JsonTokenType.StartArray, reader.TokenType);
        Assert.True(reader.TryReadValue(out var first));
        Assert.Equal(1, first!.RootElement.GetProperty("a").GetInt32());
    }

    private sealed class OneByteAtATime(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1)]);
    }

    [Fact]
    public void Skip_value_and_peek_walk_an_object()
    {
        var json = "{\"skip\": {\"deep\": [1, 2, {\"x\": \"" + new string('x', 500) + "\"}]}, \"keep\": [10, 20]}";
        using var reader = new JsonStreamReader(new MemoryStream(Encoding.UTF8.GetBytes(json)), 16);
        Assert.True(reader.Read());
        Assert.True(reader.Read());
        Assert.Equal("skip", reader.TokenText);
        reader.SkipValue();
        Assert.True(reader.Read());
        Assert.Equal("keep", reader.TokenText);
        Assert.Equal(JsonTokenType.StartArray, reader.Peek());
        Assert.True(reader.Read());
        Assert.True(reader.TryReadValue(out var a));
        Assert.Equal(10, a!.RootElement.GetInt32());
        Assert.True(reader.TryReadValue(out var b));
        Assert.Equal(20, b!.RootElement.GetInt32());
        Assert.False(reader.TryReadValue(out _));
        Assert.True(reader.Read());
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        Assert.Equal(JsonTokenType.None, reader.Peek());
    }
}
