namespace Swarmscope.Core;

/// <summary>
/// One action of an account: a post, or a repost/reply/quote/comment/forward of another post.
/// Platform formats are gone by the time a Post exists; analyses see only this.
/// </summary>
public sealed class Post
{
    public required Platform Platform { get; init; }
    /// <summary>The platform's post id, or, where the export has none, a content-derived id (see <see cref="IdDerived"/>).</summary>
    public required string Id { get; init; }
    /// <summary>The <see cref="Account.Id"/> of the author.</summary>
    public required string AccountId { get; init; }
    public string? AccountHandle { get; set; }
    public required Timestamp Time { get; init; }
    public PostKind Kind { get; set; }
    public string? Text { get; set; }
    /// <summary>Language as given by the source (ISO code or name), not guessed.</summary>
    public string? Language { get; set; }
    /// <summary>The reposted, replied-to, quoted or forwarded post's id.</summary>
    public string? TargetPostId { get; set; }
    /// <summary>The account of the target post (the replied-to or reposted account), where known.</summary>
    public string? TargetAccountId { get; set; }
    /// <summary>Canonical URLs (see <see cref="UrlCanonicalizer"/>).</summary>
    public string[] Urls { get; set; } = [];
    /// <summary>Hashtags without '#', lower-cased, in order of appearance.</summary>
    public string[] Hashtags { get; set; } = [];
    /// <summary>Mentioned handles without '@', lower-cased.</summary>
    public string[] Mentions { get; set; } = [];
    /// <summary>Hashes of attached media (perceptual hash as 16 hex digits, or a source-given content hash).</summary>
    public string[] MediaHashes { get; set; } = [];
    /// <summary>The channel, page, group or thread the post lives in, where the platform has such a thing.</summary>
    public string? Channel { get; set; }
    /// <summary>True when <see cref="Id"/> was derived from the record's content because the export has no post id.</summary>
    public bool IdDerived { get; set; }
    public Provenance Provenance { get; set; }
}
