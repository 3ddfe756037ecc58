namespace Swarmscope.Core.Findings;

/// <summary>
/// Many accounts replying to, mentioning or naming one target with hostile text within a short time: size, span,
/// the share of its accounts in detected clusters (and which), the Bonferroni-corrected Poisson p-value of so many
/// hostile posts in that span, and its posts as evidence (up to 20).
/// </summary>
public sealed record AttackSwarmFinding
{
    public required int SwarmId { get; init; }
    public required int TargetId { get; init; }
    public required int Accounts { get; init; }
    public required int Posts { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; init; }
    public TimeSpan Duration => End - Start;
    public double ClusteredShare { get; init; }
    /// <summary>Clusters of its accounts: cluster id → accounts.</summary>
    public IReadOnlyList<ClusterCount> Clusters { get; init; } = [];
    public required double PValue { get; init; }
    public required IReadOnlyList<PostReference> Evidence { get; init; }
}
