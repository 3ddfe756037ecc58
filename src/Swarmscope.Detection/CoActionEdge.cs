namespace Swarmscope.Detection;

/// <summary>
/// Two accounts (A &lt; B, corpus account indices) that acted on the same objects within the window, on one behaviour.
/// </summary>
public struct CoActionEdge
{
    public int A;
    public int B;
    /// <summary>Distinct objects both acted on within the window.</summary>
    public int Weight;
    /// <summary>Distinct objects both acted on within the fast window (0 when no fast window).</summary>
    public int FastWeight;
    /// <summary>In-window action pairs where A acted strictly first.</summary>
    public long AFirst;
    /// <summary>In-window action pairs where B acted strictly first.</summary>
    public long BFirst;
    /// <summary>In-window action pairs (an object shared twice by both counts every pair of actions).</summary>
    public long Pairs;
    public long SumAbsDtMs;
    /// <summary>Hub-discounted weight: sum over shared objects of ln(accounts / accounts on the object).</summary>
    public double IdfWeight;

    public readonly double MeanAbsDtMs => Pairs == 0 ? 0 : (double)SumAbsDtMs / Pairs;

    /// <summary>1 when both lead equally often, 0 when one always leads (a follower/bot-echo pattern). 1 when no one leads (ties).</summary>
    public readonly double Symmetry => AFirst + BFirst == 0 ? 1.0 : 1.0 - Math.Abs(AFirst - BFirst) / (double)(AFirst + BFirst);

    public readonly long Key => (long)A << 32 | (uint)B;
}
