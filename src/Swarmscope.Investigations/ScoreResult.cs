namespace Swarmscope.Investigations;

/// <summary>
/// Every account's score, best first; farm likelihoods when there were clusters (of detection run
/// <see cref="DetectionRunId"/> when they came from the store); the files written; the score run's id in the store.
/// </summary>
public sealed record ScoreResult(
    string MethodDescription, string TimeZone, IReadOnlyList<ScoredAccount> Accounts, IReadOnlyList<FarmOverview>? Farms,
    string? OutFile, string? FarmsFile, long RunId, long? DetectionRunId);
