using System.Text;
using Swarmscope.Core.Findings;

namespace Swarmscope.Reports;

/// <summary>Writes every file of a detection run into one folder, from its findings and its evidence with the posts joined.</summary>
public static class DetectionReportWriter
{
    public static readonly string[] Files = ["edges.csv", "clusters.csv", "evidence.jsonl", "cluster_evidence.jsonl", "network.graphml", "network.gexf", "summary.md"];

    /// <param name="evidence">The edges' post pairs ordered by edge id, read once (e.g. streamed from the store).</param>
    public static void WriteAll(DetectionFindings findings, IEnumerable<EvidencePair> evidence, string directory)
    {
        Directory.CreateDirectory(directory);
        var utf8 = new UTF8Encoding(false);
        using (var w = new StreamWriter(Path.Combine(directory, "edges.csv"), false, utf8)) EdgesCsvWriter.Write(findings, w);
        using (var w = new StreamWriter(Path.Combine(directory, "clusters.csv"), false, utf8)) ClustersCsvWriter.Write(findings, w);
        using (var s = new BufferedStream(File.Create(Path.Combine(directory, "evidence.jsonl")), 1 << 16)) EvidenceJsonlWriter.WriteEdges(findings, evidence, s);
        using (var s = File.Create(Path.Combine(directory, "cluster_evidence.jsonl"))) EvidenceJsonlWriter.WriteClusters(findings, s);
        using (var s = File.Create(Path.Combine(directory, "network.graphml"))) GraphMlWriter.Write(findings, s);
        using (var s = File.Create(Path.Combine(directory, "network.gexf"))) GexfWriter.Write(findings, s);
        using (var w = new StreamWriter(Path.Combine(directory, "summary.md"), false, utf8)) SummaryMarkdownWriter.Write(findings, w);
    }
}
