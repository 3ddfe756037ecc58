namespace Swarmscope.Ingest;

/// <summary>
/// Which CSV column holds which field, for the generic CSV importer. Built from --map flags
/// ("post_id=tweet_id,account=user,time=created_at") or a mapping file with one "field=column" per line.
/// </summary>
public sealed class ColumnMapping
{
    public Dictionary<string, string> FieldToColumn { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string? Column(string field) => FieldToColumn.TryGetValue(field, out var c) ? c : null;

    /// <summary>Parses --map flags: "post_id=tweet_id,account_id=user" (see <see cref="ColumnMappingParser"/>).</summary>
    public static ColumnMapping Parse(string spec) => ColumnMappingParser.Parse(spec);

    /// <summary>Reads a mapping file with one field=column per line (# comments).</summary>
    public static ColumnMapping Load(string path) => ColumnMappingParser.Load(path);
}
