using Swarmscope.Core.Findings;
using Swarmscope.Reports;
using Swarmscope.Storage;

namespace Swarmscope.Investigations;

/// <summary>
/// Writes the files of a stored detection run (edges.csv, clusters.csv, evidence.jsonl, ...) from the store: the
/// findings tables, with evidence texts joined from the posts table. `detect --out` and `export` both write through
/// here, so an export of a run equals what detect wrote.
/// </summary>
internal static class FindingsExport
{
    public static IReadOnlyList<string> Files => DetectionReportWriter.Files;

    /// <summary>A run's findings, restricted to some clusters when <paramref name="clusters"/> is given (each cluster whole).</summary>
    public static DetectionFindings Read(InvestigationStore store, AnalysisRun run, IReadOnlySet<int>? clusters)
    {
        var findings = store.ReadDetection(run);
        if (clusters is null) return findings;
        var missing = clusters.Except(findings.Clusters.Select(c => c.ClusterId)).Order().ToList();
        if (missing.Count > 0) throw new RequestException(Messages.NoSuchClusters(run.RunId, string.Join(", ", missing)));
        return OnlyClusters(findings, clusters);
    }

    /// <summary>Writes the files into <paramref name="folder"/> by the one rule for written files (<see cref="AtomicFolder"/>).</summary>
    /// <remarks>The writer skips evidence of edges <paramref name="findings"/> left out (see <see cref="OnlyClusters"/>).</remarks>
    /// <param name="evidencePerEdge">At most this many post pairs per edge in evidence.jsonl (the run stored at most its own cap).</param>
    public static void Write(InvestigationStore store, AnalysisRun run, DetectionFindings findings, string folder, int evidencePerEdge = int.MaxValue) =>
        AtomicFolder.Write(folder, temp => DetectionReportWriter.WriteAll(findings, store.ReadEvidence(run.RunId, evidencePerEdge), temp));

    /// <summary>The findings restricted to some clusters: each kept whole, with the edges between two of its members.</summary>
    public static DetectionFindings OnlyClusters(DetectionFindings findings, IReadOnlySet<int> clusters) => findings with
    {
        Clusters = findings.Clusters.Where(c => clusters.Contains(c.ClusterId)).ToList(),
        Edges = findings.Edges.Where(e => e.A.ClusterId == e.B.ClusterId && clusters.Contains(e.A.ClusterId)).ToList(),
    };
}
