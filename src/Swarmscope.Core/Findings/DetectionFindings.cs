namespace Swarmscope.Core.Findings;

/// <summary>What a detection run found: its settings, the layers it looked at, the network's edges and clusters.</summary>
public sealed record DetectionFindings
{
    public required DetectionSettings Settings { get; init; }
    /// <summary>The edge-level FDR threshold that kept the expected share of falsely flagged accounts within alpha.</summary>
    public double EdgeAlpha { get; init; } = 1;
    public long PostsAnalysed { get; init; }
    public long AccountsAnalysed { get; init; }
    public required IReadOnlyList<LayerCount> Layers { get; init; }
    /// <summary>Strongest first (ordered by <see cref="CoordinationEdge.EdgeId"/>).</summary>
    public required IReadOnlyList<CoordinationEdge> Edges { get; init; }
    /// <summary>By decreasing size (as the run ranked them).</summary>
    public required IReadOnlyList<CoordinationCluster> Clusters { get; init; }

    /// <summary>Accounts in some cluster.</summary>
    public int FlaggedAccounts
    {
        get { var n = 0; foreach (var c in Clusters) n += c.Size; return n; }
    }
}
