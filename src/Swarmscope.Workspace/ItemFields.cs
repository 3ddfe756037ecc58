namespace Swarmscope.Workspace;

/// <summary>A new media item's fields as entered in a form (empty platform or media type: none).</summary>
public sealed record ItemFields
{
    public required string Title { get; init; }
    public string? Url { get; init; }
    public string? Author { get; init; }
    public DateOnly? PublishedOn { get; init; }
    public string? Platform { get; init; }
    public string? MediaType { get; init; }
    public string? Language { get; init; }
    public string? Location { get; init; }
    public string? Text { get; init; }
    public IReadOnlyList<int> IncidentIds { get; init; } = [];
}
