namespace Swarmscope.Investigations;

/// <summary>The request itself is wrong (an unknown format, an output path that would overwrite an input): a usage error.</summary>
public sealed class RequestException(string message) : InvestigationException(message);
