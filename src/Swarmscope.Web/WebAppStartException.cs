namespace Swarmscope.Web;

/// <summary>The workspace could not start for a reason the user can fix (port taken, database unreadable or too new); the message says which.</summary>
public sealed class WebAppStartException(string message, Exception inner) : Exception(message, inner);
