namespace Swarmscope.Narratives;

/// <summary>A post's stance toward a target: praise, neutral or attack (from the stance lexicons).</summary>
public enum Stance : sbyte
{
    Attack = -1,
    Neutral = 0,
    Praise = 1,
}
