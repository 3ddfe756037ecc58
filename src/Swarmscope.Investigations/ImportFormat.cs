namespace Swarmscope.Investigations;

/// <summary>An importer's name (for --format) and what it reads.</summary>
public sealed record ImportFormat(string Name, string Description);
