namespace Swarmscope.Text;

/// <summary>
/// Tells Russian, Kazakh and English apart from the letters alone (no model, no dictionary): Kazakh-only Cyrillic
/// letters (ә ғ қ ң ө ұ ү һ і) mark Kazakh in Cyrillic text; the Kazakh Latin letters (ä ğ ñ ş ū ü ı ö, á ǵ ń ó ú ý),
/// a q not followed by u, and the 2017 apostrophe letters (s', c', g', n', y'...) mark Kazakh in Latin text.
/// Short texts with no such letter are read as Russian (Cyrillic) or English (Latin): a Kazakh sentence of a few
/// words can lack all of them, which only changes which stemmer runs.
/// </summary>
public static class LanguageGuesser
{
    public static TextLanguage Guess(ReadOnlySpan<char> text)
    {
        int cyrillic = 0, latin = 0, kazakhCyrillic = 0, kazakhLatin = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '\u0400' and <= '\u04FF')
            {
                if (!char.IsLetter(c)) continue;
                cyrillic++;
                if (ScriptFolding.IsKazakhCyrillicLetter(c)) kazakhCyrillic++;
            }
            else if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') || (c is >= '\u00C0' and < '\u0250' && char.IsLetter(c)))
            {
                latin++;
                if (ScriptFolding.IsKazakhLatinLetter(c)) kazakhLatin++;
                else if ((c | 0x20) == 'q' && (i + 1 >= text.Length || (text[i + 1] | 0x20) != 'u')) kazakhLatin++;
                else if (i + 2 < text.Length && ScriptFolding.IsApostrophe(text[i + 1]) && char.IsLetter(text[i + 2])
                         && (c | 0x20) is 's' or 'c' or 'g' or 'y' or 'a' or 'o' or 'u' && !IsEnglishContraction(text[(i + 2)..])) kazakhLatin++;
            }
        }
        if (cyrillic == 0 && latin == 0) return TextLanguage.Unknown;
        if (cyrillic >= latin) return kazakhCyrillic > 0 && kazakhCyrillic * 50 >= cyrillic ? TextLanguage.Kazakh : TextLanguage.Russian;
        return kazakhLatin > 0 && kazakhLatin * 50 >= latin ? TextLanguage.Kazakh : TextLanguage.English;
    }

    /// <summary>'s 't 're 've 'll 'd 'm after an apostrophe are English, not the 2017 Kazakh apostrophe.</summary>
    private static bool IsEnglishContraction(ReadOnlySpan<char> afterApostrophe)
    {
        var end = 0;
        while (end < afterApostrophe.Length && char.IsLetter(afterApostrophe[end])) end++;
        var tail = afterApostrophe[..end];
        return tail.Equals("s", StringComparison.OrdinalIgnoreCase) || tail.Equals("t", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("re", StringComparison.OrdinalIgnoreCase) || tail.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("ll", StringComparison.OrdinalIgnoreCase) || tail.Equals("d", StringComparison.OrdinalIgnoreCase)
            || tail.Equals("m", StringComparison.OrdinalIgnoreCase);
    }
}
