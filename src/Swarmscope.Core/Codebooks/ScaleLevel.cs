namespace Swarmscope.Core.Codebooks;

/// <summary>One level of the scale (civic impact, −3 to +3 by default) with its label and coding guidance.</summary>
public sealed record ScaleLevel(int Value, string Label, string? Guidance);
