namespace Swarmscope.Storage;

/// <summary>One imported file as the store recorded it: the provenance a report shows.</summary>
public sealed record StoredImport(string Path, string Format, string Sha256, long RecordsImported, long RecordsRejected, DateTimeOffset FinishedAt);
