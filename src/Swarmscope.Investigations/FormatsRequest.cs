namespace Swarmscope.Investigations;

/// <summary>Asks for the list of import formats (no settings).</summary>
public sealed record FormatsRequest;
