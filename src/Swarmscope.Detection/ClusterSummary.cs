using Swarmscope.Core;

namespace Swarmscope.Detection;

/// <summary>One coordinated cluster: who, how tightly, on what, when.</summary>
public sealed class ClusterSummary
{
    public required int Id { get; init; }
    /// <summary>Corpus account indices, strongest (highest weighted degree inside the cluster) first.</summary>
    public required int[] Members { get; init; }
    public int Size => Members.Length;
    public int InternalEdges { get; set; }
    /// <summary>Internal edges / possible pairs.</summary>
    public double Density => Size < 2 ? 0 : InternalEdges / (Size * (Size - 1) / 2.0);
    public double InternalWeight { get; set; }
    /// <summary>Kept internal layer edges per behaviour.</summary>
    public Dictionary<Behaviour, int> Behaviours { get; } = [];
    /// <summary>Objects acted on by the most members: (behaviour, object, members).</summary>
    public List<(Behaviour Behaviour, string Object, int Members)> TopObjects { get; } = [];
    /// <summary>Texts posted by the most members: (text, members).</summary>
    public List<(string Text, int Members)> TopTexts { get; } = [];
    public DateTimeOffset? FirstPost { get; set; }
    public DateTimeOffset? LastPost { get; set; }
    public int Posts { get; set; }
    /// <summary>Members' posts per local hour of day (0–23) in the run's time zone.</summary>
    public int[] HourOfDay { get; } = new int[24];
    /// <summary>Members' posts per local day of week (0 = Monday).</summary>
    public int[] DayOfWeek { get; } = new int[7];
    public Dictionary<Platform, int> Platforms { get; } = [];
    /// <summary>Smallest q-value of an internal edge: how sure the strongest link is.</summary>
    public double MinQValue { get; set; } = 1;
}
