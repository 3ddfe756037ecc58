namespace Swarmscope.Investigations;

/// <summary>What an import did, file by file, and the files of named folders that no format recognised.</summary>
public sealed record ImportResult(IReadOnlyList<ImportedFile> Files, IReadOnlyList<string> Skipped, long RejectedLogged, double Seconds);
