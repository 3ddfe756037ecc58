namespace Swarmscope.Investigations;

/// <summary>File <paramref name="Index"/> (of the plan) is being read: records so far and the share of its bytes read (0..1).</summary>
public sealed record ImportFileProgress(int Index, long Records, double Fraction) : InvestigationEvent;
