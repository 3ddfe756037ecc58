namespace Swarmscope.Simulation;

/// <summary>
/// Organic behaviour that looks coordinated and must not be flagged: fan bases that repost (and cheer under) every
/// post of a star within minutes, news channels that forward each other's posts, and people who post the same
/// greeting every morning. All accounts involved are organic (absent from truth.csv); they are listed in
/// lookalikes.csv so an evaluation can report how many of them a method flags.
/// </summary>
public sealed record OrganicLookAlikes
{
    /// <summary>Stars, each with a fan base drawn from the organic accounts.</summary>
    public int FanBases { get; init; }
    public int FansPerBase { get; init; } = 150;
    /// <summary>Chance that a fan reposts a given post of the star (the star posts about twice a day).</summary>
    public double FanRepostShare { get; init; } = 0.4;
    /// <summary>Chance that a fan also replies to it with a stock cheer ("Legend! 🔥").</summary>
    public double FanCheerShare { get; init; } = 0.15;
    /// <summary>Rings of news channels (new accounts) that forward each other's posts.</summary>
    public int NewsRings { get; init; }
    public int ChannelsPerRing { get; init; } = 8;
    /// <summary>Chance that a channel forwards a given post of another channel in its ring.</summary>
    public double ForwardShare { get; init; } = 0.3;
    /// <summary>Organic accounts that post a stock greeting ("Доброе утро, Алматы!") most mornings at their usual time.</summary>
    public int Greeters { get; init; }

    public bool Any => FanBases > 0 || NewsRings > 0 || Greeters > 0;

    /// <summary>The look-alikes used by the power benchmark and by `simulate --lookalikes`.</summary>
    public static OrganicLookAlikes Standard { get; } = new() { FanBases = 2, NewsRings = 1, Greeters = 150 };

    public void Validate()
    {
        if (FanBases < 0 || NewsRings < 0 || Greeters < 0) throw new ArgumentException("look-alike counts must not be negative");
        if (FansPerBase < 2 || ChannelsPerRing < 2) throw new ArgumentException("fan bases and news rings need at least 2 accounts");
        foreach (var share in new[] { FanRepostShare, FanCheerShare, ForwardShare })
            if (share is < 0 or > 1) throw new ArgumentException("look-alike shares must be between 0 and 1");
    }
}
