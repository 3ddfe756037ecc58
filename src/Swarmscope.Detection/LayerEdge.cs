namespace Swarmscope.Detection;

/// <summary>A co-action edge on one behaviour layer, with its significance.</summary>
public sealed class LayerEdge
{
    public required Behaviour Behaviour { get; init; }
    public required CoActionEdge Edge { get; init; }
    /// <summary>Expected weight under the null model.</summary>
    public double Expected { get; init; }
    public double PValue { get; init; }
    /// <summary>Benjamini–Hochberg adjusted p-value over every layer edge of the run.</summary>
    public double QValue { get; set; }
    public bool Kept { get; set; }
}
