namespace Swarmscope.Core.Findings;

/// <summary>What a score run found: every account's score with signals and reasons, and the clusters' farm likelihood.</summary>
public sealed record ScoreFindings
{
    /// <summary>Highest score first.</summary>
    public required IReadOnlyList<ScoredAccount> Accounts { get; init; }
    /// <summary>Most farm-like first; empty when no clusters were given.</summary>
    public IReadOnlyList<FarmFinding> Farms { get; init; } = [];
}
