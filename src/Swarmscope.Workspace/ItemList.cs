using Swarmscope.Observatory.Model;

namespace Swarmscope.Workspace;

/// <summary>Items of the grid, and per item the review states its acting member may see (never a blind coder's).</summary>
public sealed record ItemList(IReadOnlyList<MediaItem> Items, IReadOnlyDictionary<int, List<ReviewState>> States);
