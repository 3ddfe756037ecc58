namespace Swarmscope.Narratives;

/// <summary>A person or organisation to follow: its spellings in any script and its platform handles.</summary>
public sealed record WatchlistTarget(string Id, string Name, IReadOnlyList<string> Variants, IReadOnlyList<string> Handles);
