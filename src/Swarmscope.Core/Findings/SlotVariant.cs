namespace Swarmscope.Core.Findings;

/// <summary>What members of a template write in one slot (an empty value = left out), and how many of the aligned members do.</summary>
public readonly record struct SlotVariant(string Value, int Count);
