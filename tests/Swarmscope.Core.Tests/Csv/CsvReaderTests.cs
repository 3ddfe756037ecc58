using System.Text;
using Swarmscope.Core.Csv;

namespace Swarmscope.Core.Tests.Csv;

public class CsvReaderTests
{
    private static List<(long Line, string[] Fields, string? Malformation)> ReadAll(byte[] bytes, int bufferSize = 1 << 16)
    {
        var rows = new List<(long, string[], string?)>();
        using var reader = new CsvReader(new MemoryStream(bytes), bufferSize: bufferSize);
        while (reader.Read())
        {
            var f = new string[reader.FieldCount];
            for (var i = 0; i < f.Length; i++) f[i] = reader.GetString(i);
            rows.Add((reader.LineNumber, f, reader.Malformation));
        }
        return rows;
    }

    private static List<(long Line, string[] Fields, string? Malformation)> ReadAll(string text, int bufferSize = 1 << 16) =>
        ReadAll(Encoding.UTF8.GetBytes(text), bufferSize);

    [Fact]
    public void Reads_quoted_fields_doubled_quotes_and_quoted_newlines_with_correct_line_numbers()
    {
        var rows = ReadAll("a,b,c\n1,\"x, \"\"y\"\"\",z\n2,\"line1\nline2\nline3\",w\n3,,\n");
        Assert.Equal(4, rows.Count);
        Assert.Equal(["1", "x, \"y\"", "z"], rows[1].Fields);
        Assert.Equal(2, rows[1].Line);
        Assert.Equal("line1\nline2\nline3", rows[2].Fields[1]);
        Assert.Equal(3, rows[2].Line);
        Assert.Equal(6, rows[3].Line); // after a record spanning lines 3-5
        Assert.Equal(["3", "", ""], rows[3].Fields);
    }

    [Fact]
    public void Handles_crlf_bom_blank_lines_and_missing_final_newline()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("h1,h2\r\n\"a\r\nb\",c\r\n\r\nd,e")).ToArray();
        var rows = ReadAll(bytes);
        Assert.Equal(3, rows.Count);
        Assert.Equal("h1", rows[0].Fields[0]); // BOM stripped
        Assert.Equal("a\r\nb", rows[1].Fields[0]);
        Assert.Equal(2, rows[1].Line);
        Assert.Equal(5, rows[2].Line);
        Assert.Equal(["d", "e"], rows[2].Fields);
    }

    [Fact]
    public void Invalid_utf8_becomes_replacement_character_and_reading_continues()
    {
        var bytes = Encoding.UTF8.GetBytes("a,b\nx").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes(",y\nz,w\n")).ToArray();
        var rows = ReadAll(bytes);
        Assert.Equal(3, rows.Count);
        Assert.Contains('\uFFFD', rows[1].Fields[0]);
        Assert.Equal("y", rows[1].Fields[1]);
        Assert.Equal(["z", "w"], rows[2].Fields);
    }

    [Fact]
    public void Records_larger_than_the_buffer_and_split_across_reads_are_whole()
    {
        var big = new string('x', 10_000);
        var sb = new StringBuilder("a,b\n");
        for (var i = 0; i < 200; i++) sb.Append(i).Append(",\"").Append(big).Append("\"\"q\n\"\r\n");
        var rows = ReadAll(sb.ToString(), bufferSize: 1024);
        Assert.Equal(201, rows.Count);
        for (var i = 1; i < rows.Count; i++)
        {
            Assert.Equal((i - 1).ToString(), rows[i].Fields[0]);
            Assert.Equal(big + "\"q\n", rows[i].Fields[1]);
            Assert.Equal(2 + (i - 1) * 2, rows[i].Line);
        }
    }

    [Fact]
    public void Matches_a_reference_parser_on_random_tricky_input()
    {
        var rng = new Random(7);
        string[] pieces = ["a", "b,c", "\"", "\n", "\r\n", "é", "", " ", "x\"y", "Казахстан"];
        for (var trial = 0; trial < 50; trial++)
        {
            var expected = new List<string[]>();
            var sb = new StringBuilder();
            var records = rng.Next(1, 30);
            for (var r = 0; r < records; r++)
            {
                var n = rng.Next(1, 6);
                var fields = new string[n];
                for (var f = 0; f < n; f++)
                {
                    var v = string.Concat(Enumerable.Range(0, rng.Next(0, 4)).Select(_ => pieces[rng.Next(pieces.Length)]));
                    if (n == 1 && v.Length == 0) v = "a"; // a lone empty field is a blank line, which is skipped
                    fields[f] = v;
                    if (f > 0) sb.Append(',');
                    sb.Append('"').Append(v.Replace("\"", "\"\"")).Append('"');
                }
                sb.Append(rng.Next(2) == 0 ? "\n" : "\r\n");
                expected.Add(fields);
            }
            var rows = ReadAll(sb.ToString(), bufferSize: 1024 + rng.Next(100));
            Assert.Equal(expected.Count, rows.Count);
            for (var i = 0; i < rows.Count; i++) Assert.Equal(expected[i], rows[i].Fields);
        }
    }

    [Fact]
    public void Flags_text_after_a_closing_quote_and_an_unclosed_quote()
    {
        var rows = ReadAll("a,b\n\"x\"y,z\n1,\"never closed\n");
        Assert.Equal("text after a closing quote", rows[1].Malformation);
        Assert.Equal("a quoted field is never closed", rows[2].Malformation);
        Assert.Equal(3, rows[2].Line);
    }

    /// <summary>Rows produced on demand, so a test can offer 100 MiB without holding them; counts what was read.</summary>
    private sealed class EndlessRows(byte[] head, long total) : Stream
    {
        private static readonly byte[] Row = "obj1,acct1,c1,1609459200\n"u8.ToArray();
        public long Position2;
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = 0;
            while (n < count && Position2 < total)
            {
                var p = Position2 < head.Length ? head : Row;
                var at = (int)(Position2 < head.Length ? Position2 : (Position2 - head.Length) % Row.Length);
                var take = Math.Min(count - n, p.Length - at);
                Array.Copy(p, at, buffer, offset + n, take);
                n += take;
                Position2 += take;
            }
            return n;
        }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => total;
        public override long Position { get => Position2; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>
    /// A stray quote early in a big file used to make the reader hold the whole rest of the file (a 129 MB file took
    /// 350 MB; gigabytes would exhaust memory). Past 16 MiB the record is returned malformed and reading stops.
    /// </summary>
    [Fact]
    public void A_quote_never_closed_in_a_huge_file_stops_at_16_MiB_instead_of_reading_the_file_into_memory()
    {
        var stream = new EndlessRows("object_id,account_id,content_id,timestamp_share\nA,u1,\"c1,1609459200\n"u8.ToArray(), 100L << 20);
        using var reader = new CsvReader(stream);
        Assert.True(reader.Read());
        Assert.Null(reader.Malformation);
        Assert.True(reader.Read());
        Assert.Equal(2, reader.LineNumber);
        Assert.Equal(2, reader.MalformedField);
        Assert.StartsWith("a record longer than 16 MiB (a quote never closed?)", reader.Malformation);
        Assert.False(reader.Read());
        Assert.InRange(stream.Position2, CsvReader.MaxRecordBytes, 2L * CsvReader.MaxRecordBytes);
    }

    [Fact]
    public void A_quoted_field_just_under_the_limit_is_read_whole()
    {
        var big = new string('x', CsvReader.MaxRecordBytes - 100);
        var rows = ReadAll($"a,b\n\"{big}\",2\n3,4\n");
        Assert.Equal(3, rows.Count);
        Assert.Equal(big.Length, rows[1].Fields[0].Length);
        Assert.Null(rows[1].Malformation);
        Assert.Equal(["3", "4"], rows[2].Fields);
    }
}
