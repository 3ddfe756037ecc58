using Swarmscope.Core;

namespace Swarmscope.Narratives;

/// <summary>
/// Near-duplicate posts grouped into one template: the fixed text with variable slots
/// ("{I|We} made a choice for the new Kazakhstan … {name}"), who posted it, when and where, and example posts.
/// </summary>
public sealed class Template
{
    /// <summary>1 = the template with the most posts.</summary>
    public required int Id { get; init; }
    /// <summary>Fixed words and slots, e.g. "{I|We} made a choice for the new Kazakhstan".</summary>
    public required string Text { get; init; }
    public required IReadOnlyList<TemplateSlot> Slots { get; init; }
    /// <summary>Post indices in the corpus, in time order.</summary>
    public required int[] Posts { get; init; }
    public required int Accounts { get; init; }
    /// <summary>Detected clusters whose members posted it: cluster id → posts.</summary>
    public required IReadOnlyDictionary<int, int> Clusters { get; init; }
    /// <summary>Share of the template's posts written by accounts in detected clusters.</summary>
    public required double ClusteredShare { get; init; }
    public required long FirstMs { get; init; }
    public required long LastMs { get; init; }
    public required IReadOnlyDictionary<Platform, int> Platforms { get; init; }
    /// <summary>Up to five example posts from different accounts, earliest first.</summary>
    public required int[] Examples { get; init; }
    /// <summary>The member whose text the fixed words are shown from.</summary>
    public required int Representative { get; init; }
}
