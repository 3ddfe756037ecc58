namespace Swarmscope.Narratives;

/// <summary>
/// Many accounts replying to or mentioning one target with hostile text within a short time: size (accounts),
/// posts, start, duration, the share of its accounts that detection put in clusters, the probability of so many
/// hostile posts in that span under the target's own hostile-post rate (Poisson), and the posts as evidence.
/// </summary>
public sealed record AttackSwarm(int Target, int Accounts, int Posts, long StartMs, long EndMs, double ClusteredShare,
    IReadOnlyDictionary<int, int> Clusters, double PValue, int[] Evidence)
{
    public long DurationMs => EndMs - StartMs;
}
