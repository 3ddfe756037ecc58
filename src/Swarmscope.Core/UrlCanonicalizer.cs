using System.Text;

namespace Swarmscope.Core;

/// <summary>
/// Turns the many spellings of one link into one key, so that co-link detection sees
/// "HTTP://Example.com/a/?utm_source=x" and "https://example.com/a" as the same object.
/// Scheme is folded to https: farms paste whichever form they were given.
/// </summary>
public static class UrlCanonicalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "ref_src",
        "ref_url", "s", "si", "feature", "cmpid", "ocid", "spm", "mkt_tok", "__twitter_impression", "smid", "rcm",
    };

    /// <summary>Returns the canonical form, or null when the value is empty or not an absolute http(s) URL.</summary>
    public static string? Canonicalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var s = url.Trim();
        if (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) s = "http://" + s;
        if (!Uri.TryCreate(s, UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return null;

        var host = AsciiHost(uri);
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        if (host.StartsWith("m.", StringComparison.Ordinal) && host.Length > 2 && IsMobileMirror(host[2..])) host = host[2..];
        if (host.Length == 0) return null;

        var sb = new StringBuilder(s.Length);
        sb.Append("https://").Append(host);
        if (!uri.IsDefaultPort) sb.Append(':').Append(uri.Port);

        var path = uri.AbsolutePath;
        while (path.Length > 1 && path.EndsWith('/')) path = path[..^1];
        if (path != "/") sb.Append(path);

        var query = uri.Query;
        if (query.Length > 1)
        {
            var kept = new List<string>();
            foreach (var part in query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = part.IndexOf('=');
                var name = eq < 0 ? part : part[..eq];
                if (name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name)) continue;
                kept.Add(part);
            }
            kept.Sort(StringComparer.Ordinal);
            if (kept.Count > 0) sb.Append('?').Append(string.Join('&', kept));
        }
        return sb.ToString();
    }

    /// <summary>
    /// The host in lower case, punycoded when it is an internationalised name. A host the IDN rules refuse (e.g. a
    /// character no domain may hold: text in posts is hostile) throws from <see cref="Uri.IdnHost"/>; it is kept as
    /// written, lower-cased, so the post keeps its link and identical links still match.
    /// </summary>
    private static string AsciiHost(Uri uri)
    {
        try { return uri.IdnHost.ToLowerInvariant(); }
        catch (UriFormatException) { return uri.Host.ToLowerInvariant(); }
    }

    /// <summary>The registrable-ish host of a canonical URL ("https://example.com/a" → "example.com"), for co-domain analysis.</summary>
    public static string? Domain(string? canonicalUrl)
    {
        if (canonicalUrl is null) return null;
        var start = canonicalUrl.IndexOf("://", StringComparison.Ordinal);
        if (start < 0) return null;
        start += 3;
        var end = canonicalUrl.IndexOfAny(['/', '?', ':'], start);
        return end < 0 ? canonicalUrl[start..] : canonicalUrl[start..end];
    }

    private static bool IsMobileMirror(string host) =>
        host is "facebook.com" or "youtube.com" or "vk.com" or "twitter.com" or "wikipedia.org" || host.EndsWith(".wikipedia.org", StringComparison.Ordinal);
}
