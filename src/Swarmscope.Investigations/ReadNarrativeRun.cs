using Swarmscope.Core.Findings;

namespace Swarmscope.Investigations;

/// <summary>
/// Reads a stored narratives run (read-only) for a front end: the HTML report and the web workspace show templates,
/// frame timelines, flips, swarms and activity periods from here, never from files.
/// </summary>
public sealed class ReadNarrativeRun : IUseCase<NarrativeRunRequest, NarrativeRunResult>
{
    public NarrativeRunResult Run(NarrativeRunRequest request, IProgress<InvestigationEvent>? events = null, CancellationToken cancellationToken = default)
    {
        using var store = Stores.OpenForReading(request.Database);
        return Stores.Reading(request.Database, () =>
        {
            var run = StoredRuns.Find(store, request.Database, request.RunId, RunKind.Narratives)
                      ?? throw new InvestigationException(Messages.NoNarrativesRun(request.Database));
            return new NarrativeRunResult(StoredRuns.Overview(run), store.ReadNarratives(run, request.TemplatePosts));
        });
    }
}
