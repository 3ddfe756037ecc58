namespace Swarmscope.Reports.Html;

/// <summary>One imported file: the provenance line of the overview.</summary>
public sealed record ReportImport(string File, string Format, string Sha256, long RecordsImported, long RecordsRejected, DateTimeOffset? ImportedAt);
