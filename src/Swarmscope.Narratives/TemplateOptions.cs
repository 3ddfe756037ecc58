namespace Swarmscope.Narratives;

/// <summary>Settings of <see cref="TemplateFinder"/>.</summary>
public sealed record TemplateOptions
{
    /// <summary>A template needs at least this many posts.</summary>
    public int MinPosts { get; init; } = 3;
    /// <summary>
    /// Near-duplicates further apart than this are not linked directly (they still join through posts in between).
    /// Null = no limit: templates recur over months. Detection's co-action layer uses its own, short window.
    /// </summary>
    public long? WindowMs { get; init; }
    /// <summary>Members aligned to find the slots (spread over the template's lifetime); larger templates are sampled.</summary>
    public int MaxAlignedMembers { get; init; } = 200;
    public int? MaxDegreeOfParallelism { get; init; }
}
