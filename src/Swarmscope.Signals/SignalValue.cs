namespace Swarmscope.Signals;

/// <summary>
/// A signal for one account: a number (null = unknown, which is not zero), a plain-language reason, and for tested
/// signals the one-sided p-value of its test (null when the signal is not a test or is unknown).
/// </summary>
public readonly record struct SignalValue(string Name, double? Value, string? Reason, double? PValue = null);
