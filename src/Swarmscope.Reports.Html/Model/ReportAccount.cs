namespace Swarmscope.Reports.Html;

/// <summary>An account of the network: who, in which cluster, its score and reasons, and its own evidence.</summary>
public sealed class ReportAccount
{
    /// <summary>What is shown: the handle, or the platform id when there is none (or a pseudonym).</summary>
    public required string Label { get; init; }
    public required string Platform { get; init; }
    public required string AccountId { get; init; }
    /// <summary>Index into the report's clusters, −1 for none.</summary>
    public int Cluster { get; init; } = -1;
    public double? Score { get; init; }
    public IReadOnlyList<string> Reasons { get; init; } = [];
    /// <summary>Evidence pairs of this account's edges; PostA is always this account's post.</summary>
    public IReadOnlyList<ReportAccountEvidence> Evidence { get; init; } = [];
    public long EvidenceTotal { get; init; }
    /// <summary>Links in the network.</summary>
    public int Degree { get; init; }
}
