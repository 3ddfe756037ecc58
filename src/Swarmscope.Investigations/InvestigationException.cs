namespace Swarmscope.Investigations;

/// <summary>
/// An expected failure of a job (bad data, a file that cannot be read or written, a locked or foreign store) whose
/// message is complete for the user: what, which path, what to do. Front ends show the message, not a stack trace.
/// </summary>
public class InvestigationException(string message, Exception? inner = null) : Exception(message, inner);
