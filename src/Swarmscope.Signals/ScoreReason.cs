namespace Swarmscope.Signals;

/// <summary>One signal's part in a score: how much it pushed the score up and the plain-language reason.</summary>
public readonly record struct ScoreReason(string Signal, double Contribution, string Text);
