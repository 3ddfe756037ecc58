namespace Swarmscope.Core.Findings;

/// <summary>A frame of the codebook a narratives run matched, in the codebook's order (parents before children).</summary>
public sealed record NarrativeFrame(string FrameId, string? ParentId, string Label);
