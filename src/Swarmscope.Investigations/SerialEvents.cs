namespace Swarmscope.Investigations;

/// <summary>Hands events from several threads to a sink one at a time (the contract of <see cref="IUseCase{TRequest,TResult}"/>).</summary>
internal sealed class SerialEvents(IProgress<InvestigationEvent>? sink) : IProgress<InvestigationEvent>
{
    private readonly Lock _gate = new();

    public bool Wanted => sink is not null;

    public void Report(InvestigationEvent value)
    {
        if (sink is null) return;
        lock (_gate) sink.Report(value);
    }
}
