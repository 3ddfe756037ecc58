namespace Swarmscope.Core.Findings;

/// <summary>One signal's part in an account's score: how much it pushed the score up and the plain-language reason.</summary>
public readonly record struct ScoreReasonFinding(string Signal, double Contribution, string Text);
