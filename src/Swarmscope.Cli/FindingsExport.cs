using Swarmscope.Core.Findings;
using Swarmscope.Reports;
using Swarmscope.Storage;

namespace Swarmscope.Cli;

/// <summary>
/// Writes the files of a stored detection run (edges.csv, clusters.csv, evidence.jsonl, ...) from the store: the
/// findings tables, with evidence texts joined from the posts table. `detect --out` writes through here too, so an
/// export of a run equals what detect wrote. Belongs to the application layer (Swarmscope.Investigations).
/// </summary>
public static class FindingsExport
{
    /// <param name="evidencePerEdge">At most this many post pairs per edge in evidence.jsonl (the run stored at most its own cap).</param>
    /// <param name="clusters">Only these clusters, whole: their members, the edges inside them and those edges' evidence; null = all.</param>
    public static DetectionFindings Write(InvestigationStore store, AnalysisRun run, string directory, int evidencePerEdge = int.MaxValue,
        IReadOnlySet<int>? clusters = null)
    {
        var findings = store.ReadDetection(run);
        if (clusters is not null) findings = OnlyClusters(findings, clusters);
        DetectionReportWriter.WriteAll(findings, store.ReadEvidence(run.RunId, evidencePerEdge), directory);
        return findings;
    }

    /// <summary>The findings restricted to some clusters: each kept whole, with the edges between two of its members.</summary>
    public static DetectionFindings OnlyClusters(DetectionFindings findings, IReadOnlySet<int> clusters) => findings with
    {
        Clusters = findings.Clusters.Where(c => clusters.Contains(c.ClusterId)).ToList(),
        Edges = findings.Edges.Where(e => e.A.ClusterId == e.B.ClusterId && clusters.Contains(e.A.ClusterId)).ToList(),
    };
}
