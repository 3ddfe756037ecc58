namespace Swarmscope.Detection;

/// <summary>One pair of posts that made an edge: both acted on <see cref="ObjectKey"/> within the window.</summary>
public readonly record struct EvidenceItem(Behaviour Behaviour, string ObjectKey, int PostA, int PostB, long DtMs);
