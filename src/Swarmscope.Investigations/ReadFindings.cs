using Swarmscope.Core.Findings;

namespace Swarmscope.Investigations;

/// <summary>
/// Reads a stored detection run (latest by default) with bounded evidence and the score run built on it, read-only:
/// what the web workspace, the HTML report and later analyses (narratives) take instead of files.
/// </summary>
public sealed class ReadFindings : IUseCase<FindingsRequest, StoredFindings>
{
    public StoredFindings Run(FindingsRequest request, IProgress<InvestigationEvent>? events = null, CancellationToken cancellationToken = default)
    {
        if (request.EvidencePerEdge < 0) throw new RequestException("evidence pairs per edge must be 0 or more");
        using var store = Stores.OpenForReading(request.Database);
        return Stores.Reading(request.Database, () =>
        {
            var run = StoredRuns.Detection(store, request.Database, request.RunId);
            var findings = FindingsExport.Read(store, run, request.Clusters?.ToHashSet());
            cancellationToken.ThrowIfCancellationRequested();
            var evidence = new List<EvidencePair>();
            if (request.EvidencePerEdge > 0)
            {
                var kept = request.Clusters is null ? null : findings.Edges.Select(e => e.EdgeId).ToHashSet();
                foreach (var pair in store.ReadEvidence(run.RunId, request.EvidencePerEdge))
                    if (kept is null || kept.Contains(pair.EdgeId)) evidence.Add(pair);
            }
            AnalysisRun? scoreRun = null;
            foreach (var r in store.Runs())
                if (r.Kind == RunKind.Score && r.Status == RunStatus.Complete && r.SourceRunId == run.RunId) scoreRun = r;
            return new StoredFindings(run, findings, evidence, scoreRun, scoreRun is null ? null : store.ReadScore(scoreRun));
        });
    }
}
