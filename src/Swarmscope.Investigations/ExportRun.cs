namespace Swarmscope.Investigations;

/// <summary>
/// Writes a stored detection run's files (CSV, JSONL evidence, GraphML, GEXF, summary.md) from the store, read-only;
/// bounded by evidence pairs per edge and by clusters when asked.
/// </summary>
public sealed class ExportRun : IUseCase<ExportRequest, ExportResult>
{
    public ExportResult Run(ExportRequest request, IProgress<InvestigationEvent>? events = null, CancellationToken cancellationToken = default)
    {
        if (request.EvidencePerEdge is < 0) throw new RequestException("evidence pairs per edge must be 0 or more");
        OutputRule.RefuseFolder(request.OutFolder, "output folder", request.Database, []);
        using var store = Stores.OpenForReading(request.Database);
        return Stores.Reading(request.Database, () =>
        {
            var run = StoredRuns.Detection(store, request.Database, request.RunId);
            var findings = FindingsExport.Read(store, run, request.Clusters?.ToHashSet());
            cancellationToken.ThrowIfCancellationRequested();
            FindingsExport.Write(store, run, findings, request.OutFolder, request.EvidencePerEdge ?? int.MaxValue);
            return new ExportResult(run.RunId, findings.Edges.Count, findings.Clusters.Count, request.OutFolder, FindingsExport.Files);
        });
    }
}
