using DuckDB.NET.Data;
using Swarmscope.Storage;

namespace Swarmscope.Investigations;

/// <summary>Reads a store's counts; the store is opened read-only.</summary>
public sealed class ReadStatistics : IUseCase<StatisticsRequest, InvestigationStatistics>
{
    public InvestigationStatistics Run(StatisticsRequest request, IProgress<InvestigationEvent>? events = null, CancellationToken cancellationToken = default)
    {
        using var store = Stores.OpenForReading(request.Database);
        try { return From(store.Stats()); }
        catch (DuckDBException e) { throw new InvestigationException(Messages.CannotOpenStore(request.Database, e.Message), e); }
    }

    internal static InvestigationStatistics From(StoreStats s) =>
        new(s.Posts, s.Accounts, s.Imports, s.FirstPost, s.LastPost, s.Platforms, s.Kinds, s.Months);
}
