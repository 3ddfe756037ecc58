using System.Text;
using Swarmscope.Detection;

namespace Swarmscope.Reports;

/// <summary>Writes every output of a detection run into one folder.</summary>
public static class DetectionReportWriter
{
    public static readonly string[] Files = ["edges.csv", "clusters.csv", "evidence.jsonl", "cluster_evidence.jsonl", "network.graphml", "network.gexf", "summary.md"];

    public static void WriteAll(DetectionResult result, string directory)
    {
        Directory.CreateDirectory(directory);
        var utf8 = new UTF8Encoding(false);
        using (var w = new StreamWriter(Path.Combine(directory, "edges.csv"), false, utf8)) EdgesCsvWriter.Write(result, w);
        using (var w = new StreamWriter(Path.Combine(directory, "clusters.csv"), false, utf8)) ClustersCsvWriter.Write(result, w);
        using (var s = File.Create(Path.Combine(directory, "evidence.jsonl"))) EvidenceJsonlWriter.WriteEdges(result, s);
        using (var s = File.Create(Path.Combine(directory, "cluster_evidence.jsonl"))) EvidenceJsonlWriter.WriteClusters(result, s);
        using (var s = File.Create(Path.Combine(directory, "network.graphml"))) GraphMlWriter.Write(result, s);
        using (var s = File.Create(Path.Combine(directory, "network.gexf"))) GexfWriter.Write(result, s);
        using (var w = new StreamWriter(Path.Combine(directory, "summary.md"), false, utf8)) SummaryMarkdownWriter.Write(result, w);
    }
}
