namespace Swarmscope.Investigations;

/// <summary>A model's weight of one signal, per robust standard deviation.</summary>
public sealed record SignalWeight(string Signal, double Weight);
