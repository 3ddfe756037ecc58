using Swarmscope.Core;

namespace Swarmscope.Ingest.Json;

/// <summary>
/// Collects a post's URLs, hashtags and mentions from whichever source an export has (entity fields, or the
/// text), canonicalizing URLs, lower-casing tags and dropping duplicates while keeping first-seen order.
/// </summary>
public sealed class PostEntities
{
    private List<string>? _urls;
    private List<string>? _hashtags;
    private List<string>? _mentions;

    /// <summary>Adds a URL if it canonicalizes (an empty or non-http value is no URL).</summary>
    public void AddUrl(string? raw)
    {
        var canonical = UrlCanonicalizer.Canonicalize(raw);
        if (canonical is null) return;
        _urls ??= [];
        if (!_urls.Contains(canonical)) _urls.Add(canonical);
    }

    public void AddHashtag(string? tag) => Add(ref _hashtags, tag, '#');

    public void AddMention(string? handle) => Add(ref _mentions, handle, '@');

    /// <summary>Everything the text itself shows: plain URLs, #hashtags, @mentions (for exports without entity fields).</summary>
    public void AddFromText(string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        foreach (var u in TextEntities.Urls(text)) AddUrl(u);
        foreach (var h in TextEntities.Hashtags(text)) AddHashtag(h);
        foreach (var m in TextEntities.Mentions(text)) AddMention(m);
    }

    /// <summary>Like <see cref="AddFromText"/>, but takes markdown link targets "[label](url)" first.</summary>
    public void AddFromMarkdownText(string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        var targets = MarkdownLinks.Extract(text, out var rest);
        if (targets is not null) foreach (var t in targets) AddUrl(t);
        AddFromText(rest);
    }

    public void ApplyTo(Post post)
    {
        post.Urls = _urls is null ? [] : _urls.ToArray();
        post.Hashtags = _hashtags is null ? [] : _hashtags.ToArray();
        post.Mentions = _mentions is null ? [] : _mentions.ToArray();
    }

    private static void Add(ref List<string>? list, string? value, char sigil)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        var v = value.Trim().TrimStart(sigil).ToLowerInvariant();
        if (v.Length == 0) return;
        list ??= [];
        if (!list.Contains(v)) list.Add(v);
    }
}
