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
            if (UrlCanonicalizer.Canonicalize(item) is { } url && !urls.Contains(url)) urls.Add(url);
        return urls.ToArray();
    }

    /// <summary>Canonical forms of raw URLs found in text.</summary>
    public static string[] CanonicalUrls(string[] raw)
    {
        if (raw.Length == 0) return raw;
        var urls = new List<string>(raw.Length);
        foreach (var item in raw)
            if (UrlCanonicalizer.Canonicalize(item) is { } url && !urls.Contains(url)) urls.Add(url);
        return urls.ToArray();
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
