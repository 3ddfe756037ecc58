namespace Swarmscope.Observatory.Model;

/// <summary>
/// A media item (post, video, meme, article, offline event...) as found: where, who, when. What it means is coded
/// separately per coder (<see cref="Coding"/>); the approved coding is the consensus.
/// </summary>
public sealed class MediaItem : IVersioned
{
    public int Id { get; set; }
    public int ObservatoryId { get; set; }
    public string? Url { get; set; }
    public string Title { get; set; } = "";
    public string? Author { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? Platform { get; set; }
    public string? MediaType { get; set; }
    public string? Language { get; set; }
    public string? Location { get; set; }
    /// <summary>The item's text or an excerpt: hostile input, always shown as text.</summary>
    public string? Text { get; set; }
    /// <summary>Where the item came from when not entered by hand (e.g. a finding of an investigation store).</summary>
    public string? Origin { get; set; }
    public List<int> IncidentIds { get; set; } = [];
    public bool IsDeleted { get; set; }
    public int Version { get; set; }
}
