namespace Swarmscope.Detection;

/// <summary>
/// A kind of shared "object" two accounts can act on within a time window. Each behaviour is one layer of the
/// coordination network.
/// </summary>
public enum Behaviour : byte
{
    /// <summary>Same reposted/forwarded post (TargetPostId of Repost/Forward).</summary>
    CoRepost,
    /// <summary>Same replied-to post.</summary>
    CoReply,
    /// <summary>Replies to the same account.</summary>
    CoReplyAccount,
    /// <summary>Same canonical URL.</summary>
    CoLink,
    /// <summary>Links to the same domain.</summary>
    CoDomain,
    /// <summary>Same hashtag.</summary>
    CoHashtag,
    /// <summary>Same ordered sequence of two or more hashtags on the same UTC day.</summary>
    CoHashtagSequence,
    /// <summary>Same mentioned handle.</summary>
    CoMention,
    /// <summary>Identical normalized text.</summary>
    IdenticalText,
    /// <summary>Near-duplicate text: the object is a template group found by MinHash/LSH.</summary>
    NearDuplicateText,
    /// <summary>Equal media hash.</summary>
    CoImage,
    /// <summary>Pure timing: any two posts in the same window. Off by default (it is mostly noise).</summary>
    CoPost,
    /// <summary>
    /// Posts from the same pool of prepared texts, whatever the time: a group-level test (<see cref="TemplatePoolTest"/>)
    /// flags accounts; the layer links flagged members of one pool through the texts they share.
    /// </summary>
    TemplatePool,
}
