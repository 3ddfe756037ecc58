namespace Swarmscope.Investigations;

/// <summary>Every analysis run stored in an investigation, oldest first; the store is opened read-only.</summary>
public sealed class ListRuns : IUseCase<RunsRequest, IReadOnlyList<RunOverview>>
{
    public IReadOnlyList<RunOverview> Run(RunsRequest request, IProgress<InvestigationEvent>? events = null, CancellationToken cancellationToken = default)
    {
        using var store = Stores.OpenForReading(request.Database);
        return Stores.Reading(request.Database, () => store.Runs().Select(StoredRuns.Overview).ToList());
    }
}
