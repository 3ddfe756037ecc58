namespace Swarmscope.Core.Findings;

/// <summary>What one behaviour layer of a detection run looked at: actions, layer edges tested and kept.</summary>
public sealed record LayerCount(string Behaviour, long Actions, long EdgesTested, long EdgesKept);
