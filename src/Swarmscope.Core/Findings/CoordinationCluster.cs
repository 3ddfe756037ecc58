namespace Swarmscope.Core.Findings;

/// <summary>A coordinated cluster: its members (strongest first), how tightly linked, on what and when.</summary>
public sealed record CoordinationCluster
{
    public required int ClusterId { get; init; }
    public required IReadOnlyList<FindingAccount> Members { get; init; }
    public int Size => Members.Count;
    public int InternalEdges { get; init; }
    public double InternalWeight { get; init; }
    /// <summary>Internal edges / possible pairs.</summary>
    public double Density => Size < 2 ? 0 : InternalEdges / (Size * (Size - 1) / 2.0);
    /// <summary>Smallest q-value of an internal edge.</summary>
    public double MinQValue { get; init; } = 1;
    /// <summary>Kept internal layer edges per behaviour, in the order the run counted them.</summary>
    public IReadOnlyList<BehaviourCount> Behaviours { get; init; } = [];
    /// <summary>Objects acted on by the most members.</summary>
    public IReadOnlyList<SharedObject> TopObjects { get; init; } = [];
    /// <summary>Texts posted by the most members (one example text per normalised text).</summary>
    public IReadOnlyList<SharedText> TopTexts { get; init; } = [];
    public DateTimeOffset? FirstPost { get; init; }
    public DateTimeOffset? LastPost { get; init; }
    public int Posts { get; init; }
    /// <summary>Members' posts per local hour of day (24 values) in the run's time zone.</summary>
    public required IReadOnlyList<int> HourOfDay { get; init; }
    /// <summary>Members' posts per local weekday (7 values, Monday first).</summary>
    public required IReadOnlyList<int> DayOfWeek { get; init; }
    /// <summary>Members' posts per platform.</summary>
    public IReadOnlyList<PlatformCount> Platforms { get; init; } = [];
}
