namespace Swarmscope.Core.Findings;

/// <summary>One behaviour of a coordination edge: how many objects the pair shared on it, against the null model's expectation.</summary>
public sealed record EdgeLayer
{
    public required string Behaviour { get; init; }
    /// <summary>Distinct objects both accounts acted on within the window.</summary>
    public int Objects { get; init; }
    /// <summary>Distinct objects within the fast window (0 when there was none).</summary>
    public int FastObjects { get; init; }
    /// <summary>Hub-discounted weight: Σ over shared objects of ln(active accounts / accounts on the object).</summary>
    public double Weighted { get; init; }
    /// <summary>Expected weight under the null model (λ).</summary>
    public double Expected { get; init; }
    public double PValue { get; init; }
    public double QValue { get; init; }
    public long AFirst { get; init; }
    public long BFirst { get; init; }
    /// <summary>In-window action pairs behind the layer edge.</summary>
    public long Pairs { get; init; }
    /// <summary>Mean |Δt| over the in-window action pairs, in seconds.</summary>
    public double MeanDtSeconds { get; init; }
}
