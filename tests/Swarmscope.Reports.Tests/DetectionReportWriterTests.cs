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

    /// <summary>Account ids and handles an attacker can choose: formula starts, a right-to-left override, escape sequences.</summary>
    private static readonly string[] HostileIds = ["@bot0", "=bot1", "+bot2", "-bot3", "bot\u202E4gnp", "\u001b[2Jbot5", "'=bot6"];

    /// <summary>One cluster of the hostile ids, every pair linked by one shared link, handles and texts with escapes and bidi controls.</summary>
    private static (DetectionFindings Findings, List<EvidencePair> Evidence) FormulaLikeResult()
    {
        var accounts = HostileIds.Select(id => new FindingAccount(Platform.Twitter, id, "\u202E" + id + "\u001b]0;title\u0007", 0)).ToList();
        var edges = new List<CoordinationEdge>();
        var evidence = new List<EvidencePair>();
        for (var a = 0; a < accounts.Count; a++)
        for (var b = a + 1; b < accounts.Count; b++)
        {
            var id = edges.Count + 1;
            edges.Add(new CoordinationEdge
            {
                EdgeId = id, A = accounts[a], B = accounts[b], Weight = 6, Objects = 6, Weighted = 1, Expected = 0.1, PValue = 1e-6, QValue = 1e-5,
                MeanDtSeconds = b - a, AFirst = 6, EvidenceTotal = 1, Layers = [new EdgeLayer { Behaviour = "colink", Objects = 6 }],
            });
            EvidencePost Post(int m) => new($"p0_{m}", new Timestamp(1_700_000_000_000 + m * 1000, TimePrecision.Millisecond), PostKind.Post,
                "\u202Etext \u001b[31m0", "posts.csv:" + (m + 2));
            evidence.Add(new EvidencePair(id, "colink", "https://example.com/0", (b - a) * 1000, Post(a), Post(b)));
        }
        var findings = new DetectionFindings
        {
            Settings = new DetectionSettings { Behaviours = ["colink"], WindowMs = 600_000, Alpha = 1, MinParticipation = 2, MinWeight = 1, Seed = 1, TimeZone = "UTC", EvidencePerEdge = 50 },
            PostsAnalysed = 42, AccountsAnalysed = accounts.Count, Layers = [new LayerCount("colink", 42, edges.Count, edges.Count)], Edges = edges,
            Clusters =
            [
                new CoordinationCluster
                {
                    ClusterId = 0, Members = accounts, InternalEdges = edges.Count, InternalWeight = 6 * edges.Count, MinQValue = 1e-5, Posts = 42,
                    HourOfDay = new int[24], DayOfWeek = new int[7], Behaviours = [new BehaviourCount("colink", edges.Count)],
                    Platforms = [new PlatformCount(Platform.Twitter, 42)], TopObjects = [new SharedObject("colink", "https://example.com/0", 7)],
                    TopTexts = [new SharedText("\u202Etext \u001b[31m0", 7)],
                },
            ],
        };
        return (findings, evidence);
    }

    /// <summary>
    /// Issue 13: clusters.csv wrote '@bot0 (right for spreadsheets) and `score --clusters` then matched none of the
    /// members. Swarmscope reads back what it writes: the members come back exactly as stored.
    /// </summary>
    [Fact]
    public void ClustersCsvReadsBackExactlyThroughScoresReader()
    {
        var (result, evidence) = FormulaLikeResult();
        using var dir = new TempDirectory();
        DetectionReportWriter.WriteAll(result, evidence, dir.Path);
        var clusters = Swarmscope.Signals.ClusterEvidenceCsv.Read(dir.File("clusters.csv"));
        Assert.Single(clusters);
        Assert.Equal(HostileIds.Order(StringComparer.Ordinal), clusters[0].Members.Order(StringComparer.Ordinal));
        Assert.Contains("'@bot0", File.ReadAllText(dir.File("clusters.csv"))); // still safe in a spreadsheet
    }

    /// <summary>No output file carries a raw escape character or bidirectional control from the data.</summary>
    [Fact]
    public void NoOutputFileCarriesRawControlOrBidiCharacters()
    {
        var (result, evidence) = FormulaLikeResult();
        using var dir = new TempDirectory();
        DetectionReportWriter.WriteAll(result, evidence, dir.Path);
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
