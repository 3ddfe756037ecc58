namespace Swarmscope.Narratives;

/// <summary>How a post points at a target: a reply to its account, an @mention, or its name in the text (watchlist).</summary>
[Flags]
public enum TargetKind : byte
{
    None = 0,
    Reply = 1,
    Mention = 2,
    Name = 4,
}
