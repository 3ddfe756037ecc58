namespace Swarmscope.Investigations;

/// <summary>A file an import will read, with the format chosen for it.</summary>
public sealed record PlannedFile(string Path, string Label, string Format);
