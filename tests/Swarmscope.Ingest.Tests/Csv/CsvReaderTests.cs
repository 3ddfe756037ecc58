using System.Text;
using Swarmscope.Ingest.Csv;

namespace Swarmscope.Ingest.Tests.Csv;

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
}
