namespace Swarmscope.Core.Findings;

/// <summary>
/// A template of a narratives run: near-duplicate posts with their fixed text and variable slots
/// ("{I|We} made a choice for the new Kazakhstan … {name}"). <see cref="Text"/> is made of a representative post's own
/// words (never the folded comparison key); <see cref="Posts"/> are every member, in time order (the evidence).
/// </summary>
public sealed record NarrativeTemplate
{
    /// <summary>1 = the template with the most posts.</summary>
    public required int TemplateId { get; init; }
    public required string Text { get; init; }
    public required int PostCount { get; init; }
    public required int Accounts { get; init; }
    /// <summary>Share of the posts written by accounts in detected clusters.</summary>
    public double ClusteredShare { get; init; }
    public required DateTimeOffset FirstSeen { get; init; }
    public required DateTimeOffset LastSeen { get; init; }
    /// <summary>The member whose wording the fixed text is shown in (its text is the example a person reads).</summary>
    public required PostReference Representative { get; init; }
    public IReadOnlyList<TemplateSlotFinding> Slots { get; init; } = [];
    /// <summary>The accounts with the most posts of it (up to five).</summary>
    public IReadOnlyList<TemplateAuthor> TopAccounts { get; init; } = [];
    /// <summary>Clusters whose members posted it, most posts first.</summary>
    public IReadOnlyList<ClusterCount> Clusters { get; init; } = [];
    public IReadOnlyList<PlatformCount> Platforms { get; init; } = [];
    /// <summary>The first post of up to five accounts, earliest first.</summary>
    public IReadOnlyList<PostReference> Examples { get; init; } = [];
    /// <summary>Every member, in time order; empty when read back without them.</summary>
    public IReadOnlyList<PostReference> Posts { get; init; } = [];
}
