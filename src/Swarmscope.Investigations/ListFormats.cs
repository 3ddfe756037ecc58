using Swarmscope.Ingest;

namespace Swarmscope.Investigations;

/// <summary>The import formats this build reads, each with how it is recognised.</summary>
public sealed class ListFormats : IUseCase<FormatsRequest, IReadOnlyList<ImportFormat>>
{
    public IReadOnlyList<ImportFormat> Run(FormatsRequest request, IProgress<InvestigationEvent>? events = null, CancellationToken cancellationToken = default) =>
        [.. ImporterRegistry.All.Select(i => new ImportFormat(i.Format, i.Description))];
}
