namespace Swarmscope.Core.Findings;

/// <summary>A post of an evidence pair as an export shows it, read from the posts table at export time.</summary>
public sealed record EvidencePost(string PostId, Timestamp Time, PostKind Kind, string? Text, string? Source);
