namespace Swarmscope.Investigations;

/// <summary>One account's score with its strongest reasons in plain language (texts from data: make them safe where shown).</summary>
public sealed record ScoredAccount(string Label, string Platform, string AccountId, double Score, string Reasons);
