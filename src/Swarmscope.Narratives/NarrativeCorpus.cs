using Swarmscope.Core;

namespace Swarmscope.Narratives;

/// <summary>
/// The posts narrative analyses read, as parallel arrays (no per-post objects), with accounts and targets interned
/// to dense indices and each account's detected cluster. Built once by <see cref="NarrativeCorpusBuilder"/>; every
/// finding points back to posts by index and shows their ids.
/// </summary>
public sealed class NarrativeCorpus
{
    public required string[] PostIds { get; init; }
    public required int[] PostAccount { get; init; }
    public required long[] TimeMs { get; init; }
    public required Platform[] PostPlatform { get; init; }
    public required PostKind[] Kind { get; init; }
    public required string?[] Text { get; init; }
    public required string?[] Language { get; init; }
    /// <summary>Per post, the target (replied-to account) index, or −1.</summary>
    public required int[] ReplyTarget { get; init; }
    /// <summary>Per post, the start of its mentioned targets in <see cref="MentionTargets"/> (length = posts + 1).</summary>
    public required int[] MentionStart { get; init; }
    public required int[] MentionTargets { get; init; }

    public required string[] AccountIds { get; init; }
    public required string?[] AccountHandles { get; init; }
    public required Platform[] AccountPlatforms { get; init; }
    /// <summary>Per account, its cluster in the detection run, or −1.</summary>
    public required int[] AccountCluster { get; init; }

    /// <summary>Accounts that posts reply to or mention, by the handle (lower case) or, without one, the account id.</summary>
    public required string[] TargetNames { get; init; }

    public int Count => PostIds.Length;
    public int AccountCount => AccountIds.Length;

    public string AccountLabel(int account) => AccountHandles[account] ?? AccountIds[account];

    public int ClusterOfPost(int post) => AccountCluster[PostAccount[post]];

    /// <summary>Original text (not a repost of someone else's text).</summary>
    public bool IsAuthored(int post) => Kind[post] is not (PostKind.Repost or PostKind.Forward);
}
