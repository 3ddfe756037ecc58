namespace Swarmscope.Simulation;

/// <summary>What a farm's posts act on.</summary>
public enum FarmObjects
{
    /// <summary>Standalone posts with the pool's texts: the texts are used by the farm alone.</summary>
    Exclusive,
    /// <summary>Comments (replies) under the day's most visible official news post, which organic accounts comment on too.</summary>
    Shared,
}
