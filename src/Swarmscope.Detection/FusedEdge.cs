namespace Swarmscope.Detection;

/// <summary>An edge of the fused network: the kept layer edges of one account pair, and the posts behind them.</summary>
public sealed class FusedEdge
{
    public required int A { get; init; }
    public required int B { get; init; }
    /// <summary>Sum over layers of weight / (largest kept weight of that layer): each layer counts at most 1.</summary>
    public double Weight { get; set; }
    public List<LayerEdge> Layers { get; } = [];
    public List<EvidenceItem> Evidence { get; } = [];
    /// <summary>All in-window post pairs behind the edge (Evidence holds at most the configured cap).</summary>
    public long EvidenceTotal { get; set; }

    public int TotalWeight { get { var s = 0; foreach (var l in Layers) s += l.Edge.Weight; return s; } }
    public double IdfWeight { get { var s = 0.0; foreach (var l in Layers) s += l.Edge.IdfWeight; return s; } }
    public int FastWeight { get { var s = 0; foreach (var l in Layers) s += l.Edge.FastWeight; return s; } }
    public long AFirst { get { long s = 0; foreach (var l in Layers) s += l.Edge.AFirst; return s; } }
    public long BFirst { get { long s = 0; foreach (var l in Layers) s += l.Edge.BFirst; return s; } }
    public double MinPValue { get { var s = 1.0; foreach (var l in Layers) s = Math.Min(s, l.PValue); return s; } }
    public double MinQValue { get { var s = 1.0; foreach (var l in Layers) s = Math.Min(s, l.QValue); return s; } }

    public double MeanAbsDtMs
    {
        get
        {
            long pairs = 0, sum = 0;
            foreach (var l in Layers) { pairs += l.Edge.Pairs; sum += l.Edge.SumAbsDtMs; }
            return pairs == 0 ? 0 : (double)sum / pairs;
        }
    }

    public double Symmetry
    {
        get
        {
            long a = AFirst, b = BFirst;
            return a + b == 0 ? 1.0 : 1.0 - Math.Abs(a - b) / (double)(a + b);
        }
    }
}
