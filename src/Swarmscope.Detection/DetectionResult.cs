namespace Swarmscope.Detection;

/// <summary>Everything a run found, with the corpus it refers to (for labels and evidence posts).</summary>
public sealed class DetectionResult
{
    public required PostCorpus Corpus { get; init; }
    public required DetectionOptions Options { get; init; }
    /// <summary>The edge-level FDR threshold that keeps the expected share of falsely flagged accounts within Alpha.</summary>
    public double EdgeAlpha { get; init; } = 1;
    /// <summary>Kept edges of the fused network, strongest first.</summary>
    public required List<FusedEdge> Edges { get; init; }
    /// <summary>Clusters by decreasing size.</summary>
    public required List<ClusterSummary> Clusters { get; init; }
    /// <summary>Cluster of every corpus account (−1 = not in the network).</summary>
    public required int[] ClusterOfAccount { get; init; }
    /// <summary>Per behaviour: actions analysed, layer edges tested, layer edges kept.</summary>
    public required List<(Behaviour Behaviour, int Actions, int Tested, int Kept)> Layers { get; init; }

    /// <summary>The template-pool test (null when the pool behaviour was not asked for).</summary>
    public TemplatePoolResult? TemplatePools { get; init; }

    public IEnumerable<int> FlaggedAccounts()
    {
        for (var a = 0; a < ClusterOfAccount.Length; a++) if (ClusterOfAccount[a] >= 0) yield return a;
    }
}
