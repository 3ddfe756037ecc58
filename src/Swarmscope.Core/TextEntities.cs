using System.Buffers;
using System.Globalization;

namespace Swarmscope.Core;

/// <summary>
/// Extracts hashtags, @mentions and URLs from post text for exports that have no field for them.
/// Letters of every script count, so "#Казахстан" and "@Назарбаев_KZ" are found.
/// </summary>
public static class TextEntities
{
    public static string[] Hashtags(ReadOnlySpan<char> text) => Tokens(text, '#');

    public static string[] Mentions(ReadOnlySpan<char> text) => Tokens(text, '@');

    /// <summary>Raw URLs as written (http(s)://... or www....), up to the first whitespace; trailing punctuation trimmed.</summary>
    public static string[] Urls(ReadOnlySpan<char> text)
    {
        var found = new Found();
        var i = 0;
        while (i < text.Length)
        {
            var rest = text[i..];
            var at = IndexOfUrlStart(rest);
            if (at < 0) break;
            var start = i + at;
            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"' && text[end] != '<' && text[end] != '>') end++;
            var candidate = text[start..end].TrimEnd(".,;:!?)]}»\"'…");
            if (candidate.Length > 10) found.Add(candidate.ToString());
            i = end;
        }
        return found.ToArray();
    }

    private static readonly SearchValues<string> UrlStarts =
        SearchValues.Create(["http://", "https://", "www."], StringComparison.OrdinalIgnoreCase);

    /// <summary>The first URL start not glued to a preceding letter or digit ("xhttp://" is not one; a later one may be).</summary>
    private static int IndexOfUrlStart(ReadOnlySpan<char> s)
    {
        var offset = 0;
        while (true)
        {
            var p = s[offset..].IndexOfAny(UrlStarts);
            if (p < 0) return -1;
            p += offset;
            if (p == 0 || !char.IsLetterOrDigit(s[p - 1])) return p;
            offset = p + 1;
        }
    }

    private static string[] Tokens(ReadOnlySpan<char> text, char sigil)
    {
        var found = new Found();
        // IndexOf jumps between sigils with vector instructions; most of a post's characters are never looked at.
        for (var i = text.IndexOf(sigil); i >= 0; i = Next(text, i + 1, sigil))
        {
            // "a@b.com" and "C#" are not entities: the sigil must start a word.
            if (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '_' || text[i - 1] == sigil || text[i - 1] == '/')) continue;
            var j = i + 1;
            while (j < text.Length && IsWordChar(text[j])) j++;
            if (j == i + 1) continue;
            var token = text[(i + 1)..j];
            // A tag of digits only ("#1") is a number, not a hashtag.
            if (sigil == '#' && IsAllDigits(token)) continue;
            if (sigil == '@' && j < text.Length && text[j] == '.' && j + 1 < text.Length && char.IsLetter(text[j + 1])) continue; // e-mail-like
            found.Add(LowerInvariant(token));
            i = j - 1;
        }
        return found.ToArray();
    }

    /// <summary>Entities found so far: most posts have none or one, which need no list.</summary>
    private struct Found
    {
        private string? _first;
        private List<string>? _more;

        public void Add(string s)
        {
            if (_first is null) _first = s;
            else (_more ??= [_first]).Add(s);
        }

        public readonly string[] ToArray() => _more is not null ? _more.ToArray() : _first is not null ? [_first] : [];
    }

    private static int Next(ReadOnlySpan<char> text, int from, char sigil)
    {
        var at = text[from..].IndexOf(sigil);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>One allocation: the lower-cased copy is built in place of the new string.</summary>
    private static string LowerInvariant(ReadOnlySpan<char> token) =>
        string.Create(token.Length, token, static (lower, source) => source.ToLowerInvariant(lower));

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsDigit(c)) return false;
        return true;
    }
}
