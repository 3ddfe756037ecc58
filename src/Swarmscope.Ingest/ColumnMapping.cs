namespace Swarmscope.Ingest;

/// <summary>
/// Which CSV column holds which field, for the generic CSV importer. Built from --map flags
/// ("post_id=tweet_id,account=user,time=created_at") or a mapping file with one "field=column" per line.
/// </summary>
public sealed class ColumnMapping
{
    public Dictionary<string, string> FieldToColumn { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string? Column(string field) => FieldToColumn.TryGetValue(field, out var c) ? c : null;
}
