namespace Swarmscope.Investigations;

/// <summary>The run exported, how much of it, and the files written into <see cref="OutFolder"/>.</summary>
public sealed record ExportResult(long RunId, int Edges, int Clusters, string OutFolder, IReadOnlyList<string> Files);
