namespace Swarmscope.Core.Findings;

/// <summary>An edge of the fused coordination network: two accounts, their layers, significance and the evidence kept.</summary>
public sealed record CoordinationEdge
{
    /// <summary>1-based rank, strongest first (unique within the run).</summary>
    public required int EdgeId { get; init; }
    public required FindingAccount A { get; init; }
    public required FindingAccount B { get; init; }
    /// <summary>Σ over layers of weight / (largest kept weight of that layer).</summary>
    public double Weight { get; init; }
    /// <summary>Σ of the layers' objects.</summary>
    public int Objects { get; init; }
    public double Weighted { get; init; }
    public int FastObjects { get; init; }
    /// <summary>Σ of the layers' expected weights.</summary>
    public double Expected { get; init; }
    /// <summary>Smallest p-value over the layers.</summary>
    public double PValue { get; init; }
    /// <summary>Smallest q-value over the layers.</summary>
    public double QValue { get; init; }
    public double MeanDtSeconds { get; init; }
    public long AFirst { get; init; }
    public long BFirst { get; init; }
    public double Symmetry { get; init; }
    /// <summary>All in-window post pairs behind the edge; <see cref="Evidence"/> holds at most the run's cap.</summary>
    public long EvidenceTotal { get; init; }
    public required IReadOnlyList<EdgeLayer> Layers { get; init; }
    /// <summary>The post pairs kept for the edge. Empty when read back from a store: stream them with their posts instead.</summary>
    public IReadOnlyList<EvidenceReference> Evidence { get; init; } = [];
}
