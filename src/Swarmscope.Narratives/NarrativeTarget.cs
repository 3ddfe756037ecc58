namespace Swarmscope.Narratives;

/// <summary>
/// A target posts are about: a watchlist entry (<see cref="WatchlistId"/> set) or an account that posts reply to or
/// mention. Counts are over posts.
/// </summary>
public sealed record NarrativeTarget(int Index, string Label, string? WatchlistId, int Posts, int Accounts, int Praise, int Neutral, int Attack);
