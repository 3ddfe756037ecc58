namespace Swarmscope.Investigations;

/// <summary>Import exports (files, or folders standing for the files in them) into an investigation store.</summary>
public sealed record ImportRequest
{
    public required IReadOnlyList<string> Paths { get; init; }
    public required string Database { get; init; }
    /// <summary>An importer's name for every file instead of detecting each file's format.</summary>
    public string? Format { get; init; }
    /// <summary>Column mappings for the generic CSV importer, each "field=column,...".</summary>
    public IReadOnlyList<string> Mappings { get; init; } = [];
    /// <summary>A file of "field=column" lines, merged before <see cref="Mappings"/>.</summary>
    public string? MappingFile { get; init; }
    /// <summary>Zone of timestamps without an offset (default UTC).</summary>
    public TimeZoneInfo? TimeZone { get; init; }
    /// <summary>Bad records are written here (CSV, or JSON Lines for .jsonl) and the rest imported; null: the first bad record stops that file.</summary>
    public string? RejectedLog { get; init; }
    /// <summary>Merge a file again even if an identical one was imported before.</summary>
    public bool Force { get; init; }
    /// <summary>A folder also stands for the files in its subfolders (hidden ones left out).</summary>
    public bool Recursive { get; init; }
}
