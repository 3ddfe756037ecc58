namespace Swarmscope.Core.Findings;

/// <summary>A text several members of a cluster posted (after normalisation), with an example as posted.</summary>
public readonly record struct SharedText(string Text, int Members);
