using Swarmscope.Core;

namespace Swarmscope.Ingest.Csv;

/// <summary>
/// Splits list-valued cells: space-separated (<c>a b</c>), comma-separated (<c>a, b</c>) or Python/JSON-literal
/// lists (<c>[a, b]</c>, <c>['a', 'b']</c>, <c>["a","b"]</c>) as the IO archive writes them.
/// </summary>
public static class ListField
{
    public static List<string> Items(string? cell)
    {
        var items = new List<string>();
        if (string.IsNullOrWhiteSpace(cell)) return items;
        var s = cell.AsSpan().Trim();
        if (s.Length >= 2 && s[0] == '[' && s[^1] == ']') s = s[1..^1];
        var i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && (s[i] == ',' || char.IsWhiteSpace(s[i]))) i++;
            if (i >= s.Length) break;
            int start, end;
            if (s[i] is '\'' or '"')
            {
                var quote = s[i];
                start = i + 1;
                end = s[start..].IndexOf(quote);
                end = end < 0 ? s.Length : start + end;
                i = end + 1;
            }
            else
            {
                start = i;
                while (i < s.Length && s[i] != ',' && !char.IsWhiteSpace(s[i])) i++;
                end = i;
            }
            var item = s[start..end].Trim();
            if (!item.IsEmpty && !item.SequenceEqual("None") && !item.SequenceEqual("null")) items.Add(item.ToString());
        }
        return items;
    }

    /// <summary>Hashtags without '#', lower-cased.</summary>
    public static string[] Hashtags(string? cell) => Tokens(cell, '#');

    /// <summary>Handles without '@', lower-cased.</summary>
    public static string[] Mentions(string? cell) => Tokens(cell, '@');

    /// <summary>Canonical URLs; cells that are not URLs are dropped (an empty cell is no URL).</summary>
    public static string[] Urls(string? cell)
    {
        var items = Items(cell);
        if (items.Count == 0) return [];
        var urls = new List<string>(items.Count);
        foreach (var item in items)
            if (Canonical(item) is { } url && !urls.Contains(url)) urls.Add(url);
        return urls.ToArray();
    }

    /// <summary>Canonical forms of raw URLs found in text.</summary>
    public static string[] CanonicalUrls(string[] raw)
    {
        if (raw.Length == 0) return raw;
        // Tweets mostly carry one already-canonical t.co link: keep the array as it is.
        if (raw.Length == 1 && IsAlreadyCanonical(raw[0])) return raw;
        var urls = new List<string>(raw.Length);
        foreach (var item in raw)
            if (Canonical(item) is { } url && !urls.Contains(url)) urls.Add(url);
        return urls.ToArray();
    }

    /// <summary>
    /// <see cref="UrlCanonicalizer.Canonicalize"/>, with a shortcut for URLs that are already in canonical shape
    /// (https, lower-case plain host, simple path, no query, fragment, port or escapes) — above all the t.co links
    /// that fill tweet text, which would otherwise each cost a Uri parse — and for the same shape behind http://,
    /// whose canonical form only swaps the scheme. Tested to agree with the canonicalizer.
    /// </summary>
    public static string? Canonical(string? url)
    {
        if (url is null) return null;
        if (IsAlreadyCanonical(url)) return url;
        if (url.StartsWith(Http, StringComparison.Ordinal) && HasCanonicalShape(url, Http.Length))
            return string.Concat(Https, url.AsSpan(Http.Length));
        return UrlCanonicalizer.Canonicalize(url);
    }

    private const string Http = "http://", Https = "https://";

    internal static bool IsAlreadyCanonical(string url) =>
        url.StartsWith(Https, StringComparison.Ordinal) && HasCanonicalShape(url, Https.Length);

    /// <summary>Host and path from <paramref name="hostStart"/> on are as the canonicalizer leaves them.</summary>
    private static bool HasCanonicalShape(string url, int hostStart)
    {
        var i = hostStart;
        var lastDot = -1;
        for (; i < url.Length && url[i] != '/'; i++)
        {
            var c = url[i];
            if (c == '.') { if (i == hostStart || lastDot == i - 1) return false; lastDot = i; continue; }
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')) return false;
        }
        if (lastDot < 0 || lastDot == i - 1 || i - hostStart > 253) return false;
        var host = url.AsSpan(hostStart, i - hostStart);
        if (host.StartsWith("www.") || host.StartsWith("m.") || host.StartsWith("xn--") || host.Contains(".xn--", StringComparison.Ordinal)) return false;
        // All-numeric labels could be an IP address, which Uri may rewrite; leave those to the canonicalizer.
        if (char.IsAsciiDigit(url[lastDot + 1])) return false;
        if (i == url.Length) return true;
        if (i == url.Length - 1) return false; // a lone trailing slash is dropped by the canonicalizer
        var prev = '/';
        for (i++; i < url.Length; i++)
        {
            var c = url[i];
            if (c == '/') { if (prev == '/') return false; }
            else if (c == '.') { if (prev == '/' || prev == '.') return false; }
            else if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_')) return false;
            prev = c;
        }
        return prev != '/';
    }

    private static string[] Tokens(string? cell, char sigil)
    {
        var items = Items(cell);
        if (items.Count == 0) return [];
        var result = new string[items.Count];
        for (var i = 0; i < items.Count; i++) result[i] = items[i].TrimStart(sigil).ToLowerInvariant();
        return result;
    }
}
