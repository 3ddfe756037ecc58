namespace Swarmscope.Ingest;

/// <summary>What an importer needs to know besides the bytes: the file name for provenance and any user options.</summary>
public sealed class ImportContext
{
    /// <summary>The source file as the user named it; goes into every record's provenance.</summary>
    public required string SourceFile { get; init; }

    /// <summary>Column mapping for the generic CSV importer (from flags or a mapping file); null elsewhere.</summary>
    public ColumnMapping? Mapping { get; init; }

    /// <summary>Zone for timestamps that carry no offset. Default UTC.</summary>
    public TimeZoneInfo AssumedTimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Called now and then with the count of records read so far, for progress display.</summary>
    public Action<long>? Progress { get; init; }
}
