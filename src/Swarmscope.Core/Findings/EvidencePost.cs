namespace Swarmscope.Core.Findings;

/// <summary>A post of an evidence pair as an export shows it, read from the posts table at export time.</summary>
public sealed record EvidencePost(string PostId, Timestamp Time, PostKind Kind, string? Text, string? Source)
{
    /// <summary>True when the post id was derived from the record's content (no link to the original can be made).</summary>
    public bool IdDerived { get; init; }
    /// <summary>The channel, page or group the post lives in, where the platform has one.</summary>
    public string? Channel { get; init; }
    /// <summary>The author's handle as the post carried it.</summary>
    public string? Handle { get; init; }
}
