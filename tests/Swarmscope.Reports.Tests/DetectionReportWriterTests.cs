using System.Text.Json;
using System.Xml.Linq;
using Swarmscope.Core;
using Swarmscope.Detection;
using Swarmscope.TestSupport;

namespace Swarmscope.Reports.Tests;

public class DetectionReportWriterTests
{
    private const string Hostile = "\"quoted\" <b>bold</b> & co\u0001\u0008 bell\u0007 ]]> , newline\r\nend \ud800 lone";

    private static DetectionResult HostileResult()
    {
        var posts = new List<Post>();
        for (var k = 0; k < 6; k++)
        for (var m = 0; m < 4; m++)
            posts.Add(new Post
            {
                Platform = Platform.Twitter, Id = $"p{k}_{m}", AccountId = "acc" + m, AccountHandle = m == 0 ? Hostile : "h<" + m + ">&",
                Time = new Timestamp(1_700_000_000_000 + k * 3_600_000 + m * 1000, TimePrecision.Millisecond), Kind = PostKind.Post,
                Text = Hostile + " template", Urls = ["https://example.com/?q=<script>&x=\"1\""],
            });
        return CoordinationDetector.Detect(posts, new DetectionOptions { Alpha = 1, Behaviours = [Behaviour.CoLink, Behaviour.IdenticalText] });
    }

    [Fact]
    public void GraphFilesParseAsXmlWithHostileText()
    {
        var result = HostileResult();
        Assert.NotEmpty(result.Edges);
        using var dir = new TempDirectory();
        DetectionReportWriter.WriteAll(result, dir.Path);

        var graphml = XDocument.Load(dir.File("network.graphml"));
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(4, graphml.Descendants(g + "node").Count());
        Assert.Equal(6, graphml.Descendants(g + "edge").Count());
        var labels = graphml.Descendants(g + "data").Where(d => (string?)d.Attribute("key") == "label").Select(d => d.Value).ToList();
        Assert.Contains(labels, l => l.Contains("<b>bold</b> & co") && !l.Contains('\u0001'));
        Assert.All(graphml.Descendants(g + "data").Where(d => (string?)d.Attribute("key") == "cluster"), d => Assert.True(int.Parse(d.Value) >= 0));

        var gexf = XDocument.Load(dir.File("network.gexf"));
        XNamespace x = "http://www.gexf.net/1.2draft";
        Assert.Equal(4, gexf.Descendants(x + "node").Count());
        Assert.All(gexf.Descendants(x + "edge"), e => Assert.True(double.Parse((string)e.Attribute("weight")!, System.Globalization.CultureInfo.InvariantCulture) > 0));
        Assert.Contains(gexf.Descendants(x + "node"), n => ((string)n.Attribute("label")!).StartsWith("\"quoted\" <b>"));
    }

    [Fact]
    public void EvidenceLinesAreJsonWithThePostsBehindEachEdge()
    {
        var result = HostileResult();
        using var dir = new TempDirectory();
        DetectionReportWriter.WriteAll(result, dir.Path);
        var lines = File.ReadAllLines(dir.File("evidence.jsonl"));
        Assert.Equal(result.Edges.Count, lines.Length);
        foreach (var line in lines)
        {
            Assert.DoesNotContain("<", line); // escaped, so a line pasted into HTML cannot open a tag
            using var doc = JsonDocument.Parse(line);
            var evidence = doc.RootElement.GetProperty("evidence");
            Assert.True(evidence.GetArrayLength() > 0);
            Assert.Equal(doc.RootElement.GetProperty("evidence_total").GetInt64(), evidence.GetArrayLength());
            var first = evidence[0];
            Assert.StartsWith("p", first.GetProperty("a").GetProperty("post_id").GetString());
            Assert.Contains("<b>bold</b>", first.GetProperty("a").GetProperty("text").GetString());
        }
        foreach (var line in File.ReadAllLines(dir.File("cluster_evidence.jsonl"))) JsonDocument.Parse(line).Dispose();
    }

    [Fact]
    public void CsvFilesQuoteHostileFieldsAndHaveOneRowPerMember()
    {
        var result = HostileResult();
        using var dir = new TempDirectory();
        DetectionReportWriter.WriteAll(result, dir.Path);
        var clusters = File.ReadAllText(dir.File("clusters.csv"));
        Assert.StartsWith(ClustersCsvWriter.Header, clusters);
        Assert.Contains("\"\"\"quoted\"\"", clusters);
        var rows = ParseCsv(clusters);
        Assert.Equal(1 + result.FlaggedAccounts().Count(), rows.Count);
        Assert.All(rows, r => Assert.Equal(ClustersCsvWriter.Header.Split(',').Length, r.Count));
        var edges = ParseCsv(File.ReadAllText(dir.File("edges.csv")));
        Assert.Equal(1 + result.Edges.Count, edges.Count);
        Assert.All(edges, r => Assert.Equal(EdgesCsvWriter.Header.Split(',').Length, r.Count));
        var summary = File.ReadAllText(dir.File("summary.md"));
        Assert.DoesNotContain("<b>", summary);
    }

    /// <summary>Account ids and handles an attacker can choose: formula starts, a right-to-left override, escape sequences.</summary>
    private static readonly string[] HostileIds = ["@bot0", "=bot1", "+bot2", "-bot3", "bot\u202E4gnp", "\u001b[2Jbot5", "'=bot6"];

    private static DetectionResult FormulaLikeResult()
    {
        var posts = new List<Post>();
        for (var k = 0; k < 6; k++)
        for (var m = 0; m < HostileIds.Length; m++)
            posts.Add(new Post
            {
                Platform = Platform.Twitter, Id = $"p{k}_{m}", AccountId = HostileIds[m], AccountHandle = "\u202E" + HostileIds[m] + "\u001b]0;title\u0007",
                Time = new Timestamp(1_700_000_000_000 + k * 3_600_000 + m * 1000, TimePrecision.Millisecond), Kind = PostKind.Post,
                Text = "\u202Etext \u001b[31m" + k, Urls = ["https://example.com/" + k],
            });
        return CoordinationDetector.Detect(posts, new DetectionOptions { Alpha = 1, Behaviours = [Behaviour.CoLink] });
    }

    /// <summary>
    /// Issue 13: clusters.csv wrote '@bot0 (right for spreadsheets) and `score --clusters` then matched none of the
    /// members. Swarmscope reads back what it writes: the members come back exactly as stored.
    /// </summary>
    [Fact]
    public void ClustersCsvReadsBackExactlyThroughScoresReader()
    {
        var result = FormulaLikeResult();
        Assert.Single(result.Clusters);
        using var dir = new TempDirectory();
        DetectionReportWriter.WriteAll(result, dir.Path);
        var clusters = Swarmscope.Signals.ClusterEvidenceCsv.Read(dir.File("clusters.csv"));
        Assert.Single(clusters);
        Assert.Equal(HostileIds.Order(StringComparer.Ordinal), clusters[0].Members.Order(StringComparer.Ordinal));
        Assert.Contains("'@bot0", File.ReadAllText(dir.File("clusters.csv"))); // still safe in a spreadsheet
    }

    /// <summary>No output file carries a raw escape character or bidirectional control from the data.</summary>
    [Fact]
    public void NoOutputFileCarriesRawControlOrBidiCharacters()
    {
        var result = FormulaLikeResult();
        using var dir = new TempDirectory();
        DetectionReportWriter.WriteAll(result, dir.Path);
        foreach (var file in DetectionReportWriter.Files)
        {
            var text = File.ReadAllText(dir.File(file));
            foreach (var c in text)
                Assert.False(c is < ' ' and not ('\n' or '\r' or '\t') or >= '\u007F' and <= '\u009F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069',
                    $"{file} holds U+{(int)c:X4}");
        }
        Assert.Contains("\\u{202E}", File.ReadAllText(dir.File("summary.md")));
        Assert.Contains("\\u{202E}", File.ReadAllText(dir.File("network.gexf")));
    }

    [Fact]
    public void SpreadsheetFormulasAreDefused()
    {
        Assert.Equal("'=HYPERLINK(1)", Swarmscope.Core.Csv.CsvWriter.TextCell("=HYPERLINK(1)"));
        Assert.Equal("-5", Swarmscope.Core.Csv.CsvWriter.TextCell("-5"));
        Assert.Equal("\"a,b\"", Swarmscope.Core.Csv.CsvWriter.TextCell("a,b"));
    }

    /// <summary>Minimal RFC 4180 reader for the assertions.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else field.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (ch == '\n') { row.Add(field.ToString().TrimEnd('\r')); field.Clear(); rows.Add(row); row = []; }
            else field.Append(ch);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }
}
