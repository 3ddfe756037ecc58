namespace Swarmscope.Core.Findings;

/// <summary>A behaviour and how many kept internal layer edges of a cluster it accounts for.</summary>
public readonly record struct BehaviourCount(string Behaviour, int Edges);
