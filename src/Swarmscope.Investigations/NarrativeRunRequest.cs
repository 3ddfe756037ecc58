namespace Swarmscope.Investigations;

/// <summary>Which stored narratives run to read: by id, or the latest one.</summary>
public sealed record NarrativeRunRequest
{
    public required string Database { get; init; }
    /// <summary>The narratives run to read; null = the latest.</summary>
    public long? RunId { get; init; }
    /// <summary>Also read every member post of every template (for charts of template activity); off by default, as it can be millions.</summary>
    public bool TemplatePosts { get; init; }
}
