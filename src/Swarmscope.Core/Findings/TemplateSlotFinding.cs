namespace Swarmscope.Core.Findings;

/// <summary>
/// A variable part of a template: how it is shown ("{I|We}", "{name}", "{number}", "{…}"), its variants most frequent
/// first (at most 20 kept) and how many distinct variants the aligned members wrote.
/// </summary>
public sealed record TemplateSlotFinding(int Index, string Display, int DistinctVariants, IReadOnlyList<SlotVariant> Variants);
