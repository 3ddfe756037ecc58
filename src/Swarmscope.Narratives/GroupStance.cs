namespace Swarmscope.Narratives;

/// <summary>
/// The stance of a group (a cluster, or a template's accounts) toward a target in one period: post counts and the
/// net stance (praise − attack) / (praise + attack) in [−1, 1] with a 95% Wilson interval on the praise share,
/// so "7 of 8 attack" and "70 of 80 attack" are told apart.
/// </summary>
public sealed record GroupStance(
    GroupKind Group, int GroupId, int Target, DateOnly PeriodStart, int Praise, int Neutral, int Attack,
    double Net, double NetLow, double NetHigh)
{
    /// <summary>+1 / −1 when the interval excludes 0, else 0 (undecided).</summary>
    public int Sign => NetLow > 0 ? 1 : NetHigh < 0 ? -1 : 0;
}

/// <summary>What a group of accounts is.</summary>
public enum GroupKind
{
    Cluster,
    Template,
}
