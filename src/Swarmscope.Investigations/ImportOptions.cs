using Swarmscope.Core;
using Swarmscope.Ingest;

namespace Swarmscope.Investigations;

/// <summary>How to import files: user options for the importers and what to do with bad records.</summary>
public sealed class ImportOptions
{
    public ColumnMapping? Mapping { get; init; }
    public TimeZoneInfo? AssumedTimeZone { get; init; }
    /// <summary>Null: stop at the first bad record and leave the store unchanged. Otherwise called for each one and the import carries on.</summary>
    public Action<RejectedRecord>? OnRejected { get; init; }
    /// <summary>Import even when an identical file was imported before (the merge still adds nothing twice).</summary>
    public bool Force { get; init; }
    public ImportProgress? Progress { get; init; }
}
