namespace Swarmscope.Observatory.Workflow;

/// <summary>A step the workflow does not allow, with a message for the person who tried it. <see cref="Forbidden"/>
/// marks a missing permission (HTTP 403) rather than a wrong state (HTTP 409).</summary>
public sealed class WorkflowException(string message, bool forbidden = false) : InvalidOperationException(message)
{
    public bool Forbidden { get; } = forbidden;
}
