namespace Swarmscope.Signals;

/// <summary>A signal for one account: a number (null = unknown, which is not zero) and a plain-language reason.</summary>
public readonly record struct SignalValue(string Name, double? Value, string? Reason);
