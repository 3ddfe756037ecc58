namespace Swarmscope.Investigations;

/// <summary>Organic behaviour that looks coordinated and must not be flagged: fan bases, news rings, morning greeters.</summary>
public sealed record SimulatedLookAlikes
{
    public int FanBases { get; init; }
    public int NewsRings { get; init; }
    public int Greeters { get; init; }

    /// <summary>The standard set (`simulate --lookalikes`): 2 fan bases, 1 news ring, 150 greeters.</summary>
    public static SimulatedLookAlikes Standard { get; } = new() { FanBases = 2, NewsRings = 1, Greeters = 150 };
}
