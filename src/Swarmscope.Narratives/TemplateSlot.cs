namespace Swarmscope.Narratives;

/// <summary>
/// A variable part of a template: what members write there, most frequent first (an empty string = the slot is left
/// out), and how it is shown: the variants themselves when few ("{I|We}"), else its type ("{name}", "{number}", "{…}").
/// </summary>
public sealed record TemplateSlot(int Index, string Display, IReadOnlyList<(string Value, int Count)> Variants, int DistinctVariants);
