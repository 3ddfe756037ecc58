using Swarmscope.Core.Findings;

namespace Swarmscope.Investigations;

/// <summary>
/// Writes a stored detection run's files (CSV, JSONL evidence, GraphML, GEXF, summary.md) from the store, read-only;
/// bounded by evidence pairs per edge and by clusters when asked. A narratives run named by id writes its CSV files
/// (<see cref="NarrativesExport"/>, as `narratives --out` did).
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
            if (request.RunId is { } id && store.FindRun(id) is { Kind: RunKind.Narratives } narratives)
            {
                if (request.Clusters is not null || request.EvidencePerEdge is not null) throw new RequestException(Messages.NarrativesExportOptions(id));
                NarrativesExport.Write(store, request.Database, narratives, request.OutFolder);
                return new ExportResult(id, 0, 0, request.OutFolder, NarrativesExport.Files);
            }
            var run = StoredRuns.Detection(store, request.Database, request.RunId);
            var findings = FindingsExport.Read(store, run, request.Clusters?.ToHashSet());
            cancellationToken.ThrowIfCancellationRequested();
            FindingsExport.Write(store, run, findings, request.OutFolder, request.EvidencePerEdge ?? int.MaxValue);
            return new ExportResult(run.RunId, findings.Edges.Count, findings.Clusters.Count, request.OutFolder, FindingsExport.Files);
        });
    }
}
