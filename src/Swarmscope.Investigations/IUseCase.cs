namespace Swarmscope.Investigations;

/// <summary>
/// One job a front end can ask for: a typed request in, a typed result out, progress as events. Use cases never
/// write to the console. Expected failures throw <see cref="InvestigationException"/> (bad data, I/O, a locked store)
/// or <see cref="RequestException"/> (the request itself is wrong), with a message complete for the user.
/// </summary>
/// <remarks>
/// Events arrive one at a time, in order, but possibly on different threads; a sink must not block for long.
/// </remarks>
public interface IUseCase<in TRequest, out TResult>
{
    TResult Run(TRequest request, IProgress<InvestigationEvent>? events = null, CancellationToken cancellationToken = default);
}
