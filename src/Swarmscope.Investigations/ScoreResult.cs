namespace Swarmscope.Investigations;

/// <summary>Every account's score, best first; farm likelihoods when clusters were given; the files written.</summary>
public sealed record ScoreResult(
    string MethodDescription, string TimeZone, IReadOnlyList<ScoredAccount> Accounts, IReadOnlyList<FarmOverview>? Farms,
    string? OutFile, string? FarmsFile);
