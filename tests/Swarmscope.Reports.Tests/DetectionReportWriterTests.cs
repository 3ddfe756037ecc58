using System.Text.Json;
using System.Xml.Linq;
using Swarmscope.Core;
using Swarmscope.Core.Findings;
using Swarmscope.TestSupport;

namespace Swarmscope.Reports.Tests;

public class DetectionReportWriterTests
{
    private const string Hostile = "\"quoted\" <b>bold</b> & co\u0001\u0008 bell\u0007 ]]> , newline\r\nend \ud800 lone";

    /// <summary>Four accounts in one cluster, every pair linked by two evidence pairs, hostile text everywhere a post reaches.</summary>
    private static (DetectionFindings Findings, List<EvidencePair> Evidence) HostileResult()
    {
        var accounts = Enumerable.Range(0, 4).Select(m => new FindingAccount(Platform.Twitter, "acc" + m, m == 0 ? Hostile : "h<" + m + ">&", 0)).ToList();
        var edges = new List<CoordinationEdge>();
        var evidence = new List<EvidencePair>();
        for (var a = 0; a < 4; a++)
        for (var b = a + 1; b < 4; b++)
        {
            var id = edges.Count + 1;
            edges.Add(new CoordinationEdge
            {
                EdgeId = id, A = accounts[a], B = accounts[b], Weight = 2, Objects = 12, Weighted = 1.5, Expected = 0.25, PValue = 1e-9, QValue = 1e-8,
                MeanDtSeconds = (b - a), AFirst = 6, BFirst = 0, Symmetry = 0, EvidenceTotal = 2,
                Layers = [new EdgeLayer { Behaviour = "colink", Objects = 6 }, new EdgeLayer { Behaviour = "sametext", Objects = 6 }],
            });
            for (var k = 0; k < 2; k++)
            {
                EvidencePost Post(int m) => new($"p{k}_{m}", new Timestamp(1_700_000_000_000 + k * 3_600_000 + m * 1000, TimePrecision.Millisecond),
                    PostKind.Post, Hostile + " template", $"dir/{Hostile}.csv:{k * 4 + m + 2}");
                evidence.Add(new EvidencePair(id, "colink", "https://example.com/?q=<script>&x=\"1\"", (b - a) * 1000, Post(a), Post(b)));
            }
        }
        var findings = new DetectionFindings
        {
            Settings = new DetectionSettings { Behaviours = ["colink", "sametext"], WindowMs = 600_000, Alpha = 1, MinParticipation = 2, MinWeight = 1, Seed = 1, TimeZone = "UTC", EvidencePerEdge = 50 },
            PostsAnalysed = 24, AccountsAnalysed = 4, Layers = [new LayerCount("colink", 24, 6, 6), new LayerCount("sametext", 24, 6, 6)], Edges = edges,
            Clusters =
            [
                new CoordinationCluster
                {
                    ClusterId = 0, Members = accounts, InternalEdges = 6, InternalWeight = 12, MinQValue = 1e-8, Posts = 24,
                    HourOfDay = new int[24], DayOfWeek = new int[7], Behaviours = [new BehaviourCount("colink", 6), new BehaviourCount("sametext", 6)],
                    Platforms = [new PlatformCount(Platform.Twitter, 24)], TopObjects = [new SharedObject("colink", "https://example.com/?q=<script>", 4)],
                    TopTexts = [new SharedText(Hostile + " template", 4)],
                },
            ],
        };
        return (findings, evidence);
    }

    [Fact]
    public void GraphFilesParseAsXmlWithHostileText()
    {
        var (result, evidence) = HostileResult();
        using var dir = new TempDirectory();
        DetectionReportWriter.WriteAll(result, evidence, dir.Path);

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
        var (result, pairs) = HostileResult();
        using var dir = new TempDirectory();
        DetectionReportWriter.WriteAll(result, pairs, dir.Path);
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
            Assert.Equal(doc.RootElement.GetProperty("account_a").GetString(), first.GetProperty("a").GetProperty("account").GetString());
        }
        foreach (var line in File.ReadAllLines(dir.File("cluster_evidence.jsonl"))) JsonDocument.Parse(line).Dispose();
    }

    [Fact]
    public void CsvFilesQuoteHostileFieldsAndHaveOneRowPerMember()
    {
        var (result, evidence) = HostileResult();
        using var dir = new TempDirectory();
        DetectionReportWriter.WriteAll(result, evidence, dir.Path);
        var clusters = File.ReadAllText(dir.File("clusters.csv"));
        Assert.StartsWith(ClustersCsvWriter.Header, clusters);
        Assert.Contains("\"\"\"quoted\"\"", clusters);
        var rows = ParseCsv(clusters);
        Assert.Equal(1 + result.FlaggedAccounts, rows.Count);
        Assert.All(rows, r => Assert.Equal(ClustersCsvWriter.Header.Split(',').Length, r.Count));
        var edges = ParseCsv(File.ReadAllText(dir.File("edges.csv")));
        Assert.Equal(1 + result.Edges.Count, edges.Count);
        Assert.All(edges, r => Assert.Equal(EdgesCsvWriter.Header.Split(',').Length, r.Count));
        var summary = File.ReadAllText(dir.File("summary.md"));
        Assert.DoesNotContain("<b>", summary);
    }

    [Fact]
    public void SpreadsheetFormulasAreDefused()
    {
        Assert.Equal("'=HYPERLINK(1)", ReportText.Csv("=HYPERLINK(1)"));
        Assert.Equal("-5", ReportText.Csv("-5"));
        Assert.Equal("\"a,b\"", ReportText.Csv("a,b"));
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
