namespace Swarmscope.Storage;

/// <summary>
/// One file for <see cref="ImportQueue"/>: its path (read and hashed to recognise a re-import), the format recorded
/// for it, how its records are read into the batch (called on the caller's thread; it should stop when the batch says
/// <see cref="ImportBatch.Stopped"/>), and the name the store records for it (imports.path and every record's
/// provenance; the reader must give its records this name). The name defaults to the path; the application layer
/// gives a name relative to the folder the analyst named, so a store never carries the analyst's absolute paths.
/// </summary>
public sealed record FileToImport(string Path, string Format, Action<ImportBatch, CancellationToken> ReadRecords, string? RecordedName = null);
