namespace Swarmscope.Core.Findings;

/// <summary>An account of a coordination network: its platform id, the handle its posts carried (null when none), its cluster.</summary>
public sealed record FindingAccount(Platform Platform, string AccountId, string? Handle, int ClusterId)
{
    /// <summary>What a person sees: the handle if known, otherwise the platform id.</summary>
    public string Label => Handle ?? AccountId;
}
