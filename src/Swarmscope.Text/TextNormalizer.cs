using System.Buffers;
using System.Globalization;
using System.Text;

namespace Swarmscope.Text;

/// <summary>
/// Turns post text into a comparison key for identical- and near-duplicate-text detection. Farms evade naive
/// matching with look-alike letters ("Казахстaн" with a Latin a), zero-width characters, stacked combining marks,
/// fullwidth or "mathematical" letters, shortened links and different @mentions; all of those are folded away here.
/// The result is a key, not display text: never show it instead of the original.
/// </summary>
/// <remarks>
/// Steps, in order:
/// 1. Unicode NFKC (fullwidth, mathematical alphanumerics, ligatures, superscripts → plain letters; precomposes accents).
/// 2. A leading retweet prefix "RT @handle:" (repeated) is dropped.
/// 3. URLs (http://, https://, www. at a word start, up to the next whitespace) and @mentions are dropped.
/// 4. Format characters (Unicode Cf: zero-width space/joiners, soft hyphen, BOM, bidi controls, tag characters) and
///    combining marks left over after NFKC (Mn, Me: stacked "Zalgo" marks, variation selectors) are dropped.
///    Precomposed letters such as é, й, ә stay as they are.
/// 5. Scripts fold to one key (<see cref="ScriptFolding"/>): per word, look-alike letters take the word's script
///    (Cyrillic, Latin; Greek look-alikes count as Latin), then Russian, Kazakh Cyrillic, English and every Kazakh
///    Latin alphabet (2017 apostrophes, 2018 acutes, 2021 diacritics, informal ASCII) map to one lower-case Latin
///    key, so "Қазақстан", "Qazaqstan" and "Кaзaқстaн" with Latin a give the same key.
/// 6. Whitespace (and invisible fillers such as U+3164, U+2800) collapses to one space; the result is trimmed.
/// Punctuation, digits, emoji and hashtags are kept: they are content.
/// </remarks>
public static class TextNormalizer
{
    private const int StackLimit = 512;

    /// <summary>The normalized key of <paramref name="text"/>; empty for null or empty input. Allocates only the result.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var capacity = MaxOutputLength(text);
        char[]? rented = null;
        var buffer = capacity <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            var written = NormalizeCore(text, buffer, foldScripts: true);
            return written == 0 ? string.Empty : new string(buffer[..written]);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Writes the normalized key into <paramref name="destination"/> without allocating (for hot loops).
    /// Returns false when <paramref name="destination"/> is shorter than <see cref="MaxOutputLength"/>.
    /// </summary>
    public static bool TryNormalize(ReadOnlySpan<char> text, Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (text.IsEmpty) return true;
        if (destination.Length < MaxOutputLength(text)) return false;
        charsWritten = NormalizeCore(text, destination, foldScripts: true);
        return true;
    }

    /// <summary>An upper bound of the normalized length (NFKC can expand a character to up to 18).</summary>
    public static int MaxOutputLength(ReadOnlySpan<char> text) => checked(CleanedLength(text) * ScriptFolding.MaxExpansion);

    private static int CleanedLength(ReadOnlySpan<char> text)
    {
        if (IsTriviallyNormalized(text)) return text.Length;
        // Hostile input may hold lone surrogates, which the NFKC functions reject; 18 is NFKC's largest expansion.
        if (HasLoneSurrogate(text)) return checked(text.Length * 18);
        return text.IsNormalized(NormalizationForm.FormKC) ? text.Length : text.GetNormalizedLength(NormalizationForm.FormKC);
    }

    /// <summary>
    /// Steps 1–4 and 6 only: NFKC, retweet prefix, URLs, @mentions, invisible characters and marks removed,
    /// whitespace collapsed; case and script kept. This is what word-level analyses (terms, stance) start from.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var capacity = CleanedLength(text);
        char[]? rented = null;
        var buffer = capacity <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            var written = NormalizeCore(text, buffer, foldScripts: false);
            return written == 0 ? string.Empty : new string(buffer[..written]);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static int NormalizeCore(ReadOnlySpan<char> text, Span<char> destination, bool foldScripts)
    {
        if (IsTriviallyNormalized(text)) return Fold(text, destination, foldScripts);
        if (HasLoneSurrogate(text)) return NormalizeWithoutLoneSurrogates(text, destination, foldScripts);
        if (text.IsNormalized(NormalizationForm.FormKC)) return Fold(text, destination, foldScripts);

        // NFKC needs a separate source buffer; the folded output is never longer than the NFKC text.
        var length = text.GetNormalizedLength(NormalizationForm.FormKC);
        char[]? rented = null;
        var nfkc = length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            text.TryNormalize(nfkc, out var n, NormalizationForm.FormKC);
            return Fold(nfkc[..n], destination, foldScripts);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static int NormalizeWithoutLoneSurrogates(ReadOnlySpan<char> text, Span<char> destination, bool foldScripts)
    {
        var rented = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var n = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    rented[n++] = c;
                    rented[n++] = text[++i];
                }
                else if (!char.IsSurrogate(c)) rented[n++] = c;
            }
            return NormalizeCore(rented.AsSpan(0, n), destination, foldScripts);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Fast path that avoids the ICU calls: printable ASCII, tab/CR/LF and the Cyrillic block U+0400–U+04FF are
    /// NFKC-stable, and nothing in them composes with a neighbour (composition needs a combining mark from
    /// U+0300–U+036F, which is outside these ranges). Most posts in Latin or Cyrillic script take this path.
    /// </summary>
    private static bool IsTriviallyNormalized(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (c is not ((>= ' ' and <= '~') or '\n' or '\r' or '\t' or (>= '\u0400' and <= '\u04FF'))) return false;
        return true;
    }

    private static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        var i = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0) return false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            return true;
        }
        return false;
    }

    /// <summary>Steps 2–6 on NFKC text: cleans into a scratch buffer (case kept: look-alikes depend on it), then folds scripts.</summary>
    private static int Fold(ReadOnlySpan<char> s, Span<char> output, bool foldScripts)
    {
        if (!foldScripts) return Clean(s, output);
        char[]? rented = null;
        var cleaned = s.Length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(s.Length));
        try
        {
            var n = Clean(s, cleaned);
            return FoldScripts(cleaned[..n], output);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static int Clean(ReadOnlySpan<char> s, Span<char> output)
    {
        var written = 0;
        var pendingSpace = false;
        var i = SkipRetweetPrefix(s);
        while (i < s.Length)
        {
            var atWordStart = written == 0 || pendingSpace || output[written - 1] == ' ';
            var c = s[i];
            if (atWordStart && (c == '@' || c == 'h' || c == 'H' || c == 'w' || c == 'W'))
            {
                var skip = c == '@' ? MentionLength(s[i..]) : UrlLength(s[i..]);
                if (skip > 0) { i += skip; continue; }
            }

            if (Rune.DecodeFromUtf16(s[i..], out var rune, out var consumed) != OperationStatus.Done)
            {
                i++; // a lone surrogate is noise, not content
                continue;
            }
            i += consumed;

            if (IsSpace(rune)) { pendingSpace = written > 0; continue; }
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.Control) continue;

            if (pendingSpace) { output[written++] = ' '; pendingSpace = false; }
            if (rune.IsBmp) output[written++] = GreekToLatin((char)rune.Value);
            else written += Rune.ToLowerInvariant(rune).EncodeToUtf16(output[written..]);
        }
        return written;
    }

    /// <summary>Words (letters and digits, with apostrophes after a letter) fold through <see cref="ScriptFolding"/>; the rest is lower-cased.</summary>
    private static int FoldScripts(ReadOnlySpan<char> s, Span<char> output)
    {
        var textScript = ScriptFolding.DominantScript(s);
        var n = 0;
        var i = 0;
        while (i < s.Length)
        {
            if (!ScriptFolding.IsWordChar(s[i]))
            {
                output[n++] = char.ToLowerInvariant(s[i++]);
                continue;
            }
            var start = i;
            while (i < s.Length && (ScriptFolding.IsWordChar(s[i]) || (ScriptFolding.IsApostrophe(s[i]) && char.IsLetter(s[i - 1])))) i++;
            n += ScriptFolding.FoldWord(s[start..i], textScript, output[n..]);
        }
        return n;
    }

    /// <summary>
    /// Greek letters that look like Latin ones become that Latin letter (upper-case by shape: Η → H, but η → n),
    /// so a Greek look-alike inside a word counts as Latin and resolves like any other look-alike.
    /// </summary>
    public static char GreekToLatin(char c) => c switch
    {
        < '\u0370' or > '\u03FF' => c,
        'Α' => 'A', 'Β' => 'B', 'Ε' => 'E', 'Ζ' => 'Z', 'Η' => 'H', 'Ι' => 'I', 'Κ' => 'K', 'Μ' => 'M', 'Ν' => 'N',
        'Ο' => 'O', 'Ρ' => 'P', 'Τ' => 'T', 'Υ' => 'Y', 'Χ' => 'X', 'Ϲ' => 'C',
        'α' => 'a', 'β' => 'b', 'ε' => 'e', 'ζ' => 'z', 'η' => 'n', 'ι' => 'i', 'κ' => 'k', 'μ' => 'u', 'ν' => 'v',
        'ο' => 'o', 'ρ' => 'p', 'τ' => 't', 'υ' => 'u', 'χ' => 'x', 'γ' => 'y', 'ω' => 'w', 'ϲ' => 'c',
        _ => c,
    };

    private static bool IsSpace(Rune r) =>
        Rune.IsWhiteSpace(r) || r.Value is 0x3164 or 0x115F or 0x1160 or 0xFFA0 or 0x2800;

    /// <summary>Length of "RT @a: RT @b: " at the start (after leading whitespace), or the leading-whitespace length.</summary>
    private static int SkipRetweetPrefix(ReadOnlySpan<char> s)
    {
        var i = 0;
        while (true)
        {
            var j = i;
            while (j < s.Length && char.IsWhiteSpace(s[j])) j++;
            if (j + 3 >= s.Length || (s[j] | 0x20) != 'r' || (s[j + 1] | 0x20) != 't') return j;
            var k = j + 2;
            while (k < s.Length && char.IsWhiteSpace(s[k])) k++;
            if (k == j + 2 && (k >= s.Length || s[k] != ':')) return j; // "rtx..." is a word, not a prefix
            if (k < s.Length && s[k] == ':') k++; // "RT: @x" variants
            while (k < s.Length && char.IsWhiteSpace(s[k])) k++;
            var m = k < s.Length && s[k] == '@' ? MentionLength(s[k..]) : 0;
            if (m == 0) return j;
            k += m;
            if (k < s.Length && s[k] == ':') k++;
            i = k;
        }
    }

    /// <summary>Length of "@handle" at the start of <paramref name="s"/>, or 0 when it is not a mention.</summary>
    private static int MentionLength(ReadOnlySpan<char> s)
    {
        var j = 1;
        while (j < s.Length && (char.IsLetterOrDigit(s[j]) || s[j] == '_')) j++;
        return j == 1 ? 0 : j;
    }

    /// <summary>Length of a URL at the start of <paramref name="s"/> (up to whitespace), or 0.</summary>
    private static int UrlLength(ReadOnlySpan<char> s)
    {
        if (!s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            && !s.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return 0;
        var j = 0;
        while (j < s.Length && !char.IsWhiteSpace(s[j])) j++;
        return j;
    }
}
