namespace Swarmscope.Ingest;

/// <summary>
/// Builds a <see cref="ColumnMapping"/> from --map flags (<c>post_id=tweet_id,account_id=user</c>) or a mapping file
/// (one <c>field=column</c> per line, <c># comments</c> and blank lines ignored). Field names are checked so a typo
/// is an error, not a silently ignored column.
/// </summary>
public static class ColumnMappingParser
{
    /// <summary>The fields the generic CSV importer understands.</summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        "post_id", "account_id", "account_handle", "time", "kind", "text", "language", "target_post_id",
        "target_account_id", "urls", "hashtags", "mentions", "channel", "platform", "repost_of", "reply_to",
    ];

    /// <summary>Parses "field=column,field=column". Throws <see cref="FormatException"/> naming the bad entry.</summary>
    public static ColumnMapping Parse(string spec)
    {
        var mapping = new ColumnMapping();
        foreach (var entry in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            Add(mapping, entry, $"mapping '{spec}'");
        return mapping;
    }

    /// <summary>Reads a mapping file: one field=column per line.</summary>
    public static ColumnMapping Load(string path)
    {
        var mapping = new ColumnMapping();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            Add(mapping, line, $"{path}:{lineNumber}");
        }
        return mapping;
    }

    /// <summary>A copy of <paramref name="defaults"/> with the entries of <paramref name="overrides"/> on top.</summary>
    public static ColumnMapping Merge(ColumnMapping defaults, ColumnMapping? overrides)
    {
        var merged = new ColumnMapping();
        foreach (var (f, c) in defaults.FieldToColumn) merged.FieldToColumn[f] = c;
        if (overrides is not null) foreach (var (f, c) in overrides.FieldToColumn) merged.FieldToColumn[f] = c;
        return merged;
    }

    private static void Add(ColumnMapping mapping, string entry, string where)
    {
        var eq = entry.IndexOf('=');
        if (eq <= 0 || eq == entry.Length - 1) throw new FormatException($"{where}: '{entry}' is not field=column");
        var field = entry[..eq].Trim();
        var column = entry[(eq + 1)..].Trim();
        if (column.Length >= 2 && column[0] == '"' && column[^1] == '"') column = column[1..^1];
        if (!Fields.Contains(field, StringComparer.OrdinalIgnoreCase))
            throw new FormatException($"{where}: unknown field '{field}' (known: {string.Join(", ", Fields)})");
        if (column.Length == 0) throw new FormatException($"{where}: field '{field}' has no column");
        mapping.FieldToColumn[field] = column;
    }
}
