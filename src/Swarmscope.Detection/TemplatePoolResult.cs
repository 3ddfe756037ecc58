namespace Swarmscope.Detection;

/// <summary>What <see cref="TemplatePoolTest"/> found: text units, pools of units, per-account tests and the accounts flagged.</summary>
public sealed class TemplatePoolResult
{
    /// <summary>Per corpus post, its text unit (−1 = none: a repost, no text, or too short).</summary>
    public required int[] UnitOfPost { get; init; }
    /// <summary>Per unit, its pool (−1 = used by one account only).</summary>
    public required int[] PoolOfUnit { get; init; }
    /// <summary>Per unit, the text of its first post (what a reader sees as the shared object).</summary>
    public required string[] UnitLabels { get; init; }
    public required int PoolCount { get; init; }
    /// <summary>Per corpus post, its pool burst (the object of the pool layer; −1 = not in a pool of two or more texts).</summary>
    public required int[] BurstOfPost { get; init; }
    /// <summary>Per burst, "pool N: " and the text of its first post.</summary>
    public required string[] BurstLabels { get; init; }
    /// <summary>Every account-against-pool test with at least one unit posted.</summary>
    public required List<TemplatePoolTest.AccountTest> Tests { get; init; }
    /// <summary>Accounts whose best pool test survives Benjamini–Hochberg at α (one entry per account).</summary>
    public required List<TemplatePoolTest.AccountTest> Flagged { get; init; }
}
