namespace Swarmscope.Storage;

/// <summary>
/// One file for <see cref="ImportQueue"/>: its path (hashed to recognise a re-import), the format recorded for it,
/// and how its records are read into the batch (called on the caller's thread; it should stop when the batch says
/// <see cref="ImportBatch.Stopped"/>).
/// </summary>
public sealed record FileToImport(string Path, string Format, Action<ImportBatch, CancellationToken> ReadRecords);
