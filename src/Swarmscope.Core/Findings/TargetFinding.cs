namespace Swarmscope.Core.Findings;

/// <summary>
/// Who posts are about: a watchlist entry (<see cref="WatchlistId"/> set) or an account posts reply to or mention
/// ("@handle"). Counts are over posts; stance of each post from the stance lexicons.
/// </summary>
public sealed record TargetFinding(int TargetId, string Label, string? WatchlistId, int Posts, int Accounts, int Praise, int Neutral, int Attack);
