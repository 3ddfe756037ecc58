namespace Swarmscope.Investigations;

/// <summary>Size of a simulated world: small 2,000 accounts / 50,000 posts, medium 20,000 / 500,000, large 100,000 / 5,000,000.</summary>
public enum WorldScale
{
    Small,
    Medium,
    Large,
}
