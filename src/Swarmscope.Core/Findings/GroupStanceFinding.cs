namespace Swarmscope.Core.Findings;

/// <summary>
/// The stance of a group (a cluster, or a template's accounts) toward a target in one period: post counts and the
/// net stance (praise − attack) / (praise + attack) in [−1, 1] with its 95% interval (Wilson, on the praise share).
/// </summary>
public sealed record GroupStanceFinding(
    string Group, int GroupId, int TargetId, DateOnly PeriodStart, int Praise, int Neutral, int Attack, double Net, double NetLow, double NetHigh)
{
    /// <summary>+1 / −1 when the interval excludes 0, else 0 (undecided).</summary>
    public int Sign => NetLow > 0 ? 1 : NetHigh < 0 ? -1 : 0;
}
