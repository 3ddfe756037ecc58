namespace Swarmscope.Core.Findings;

/// <summary>One signal of one account as a score run measured it: a number (null = unknown, not zero) and its reason.</summary>
public readonly record struct SignalReading(string Signal, double? Value, string? Reason);
