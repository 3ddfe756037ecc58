namespace Swarmscope.Core.Findings;

/// <summary>An account's score from a score run, with every signal measured and the reasons behind the score (largest first).</summary>
public sealed record ScoredAccount
{
    public required Platform Platform { get; init; }
    public required string AccountId { get; init; }
    public string? Handle { get; init; }
    public string Label => string.IsNullOrEmpty(Handle) ? AccountId : Handle;
    /// <summary>1-based rank by score, highest first.</summary>
    public int Rank { get; init; }
    public double Score { get; init; }
    /// <summary>The unsupervised score beside a supervised model's, or null.</summary>
    public double? UnsupervisedScore { get; init; }
    public required IReadOnlyList<SignalReading> Signals { get; init; }
    public required IReadOnlyList<ScoreReasonFinding> Reasons { get; init; }
}
