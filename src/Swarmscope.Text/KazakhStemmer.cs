namespace Swarmscope.Text;

/// <summary>
/// A light Kazakh stemmer (Snowball has none): strips inflectional endings — plural, possessive, case and personal
/// endings, and the commonest tense endings — from a word's folded key (<see cref="ScriptFolding"/>), so it works the
/// same for Cyrillic and every Latin alphabet. The ending classes follow the published descriptions of Kazakh
/// morphology (Tukeyev's complete system of Kazakh endings; the rule-based stemmer of Sultanova et al., ICECCO 2019);
/// derivational suffixes are left alone, because stripping them joins unrelated words. See docs/text.md.
/// </summary>
public static class KazakhStemmer
{
    /// <summary>A stem keeps at least this many key characters, one of them a vowel.</summary>
    public const int MinStemLength = 3;
    private const int MaxStrips = 3;

    // Endings in key form (ы/і/и → i, ғ/г → g, қ/к → k, ң/н → n, ш → ş), longest first. Allomorphs after vowel
    // harmony and consonant assimilation fold to few keys: ның/нің/дың/дің/тың/тің → nin, din, tin.
    private static readonly string[] Endings = BuildEndings();

    private static string[] BuildEndings()
    {
        string[] endings =
        [
            // plural
            "lar", "ler", "dar", "der", "tar", "ter",
            // possessive (1st, 2nd, 3rd person; singular and plural; polite)
            "imiz", "iniz", "mmiz", "miz", "niz", "im", "in", "si", "indar", "inder",
            // case: genitive, dative, accusative, locative, ablative, instrumental, equative, attributive locative
            "nin", "din", "tin", "ga", "ge", "ka", "ke", "na", "ne", "ni", "di", "ti",
            "nda", "nde", "da", "de", "ta", "te", "ndan", "nden", "dan", "den", "tan", "ten", "nan", "nen",
            "men", "ben", "pen", "şa", "şe", "dagi", "degi", "tagi", "tegi", "ndagi", "ndegi",
            // personal endings and tenses (past -ды/-ған, present -а/-е + person, future -мақ)
            "min", "sin", "siz", "biz", "piz", "dim", "tim", "dik", "tik", "din", "tin", "gan", "gen", "kan", "ken",
            "atin", "etin", "itin", "mak", "mek", "pak", "pek", "bak", "bek", "sa", "se",
        ];
        return endings.Distinct().OrderByDescending(e => e.Length).ThenBy(e => e, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The stem of a folded Kazakh word (a key from <see cref="ScriptFolding.FoldWord"/>).</summary>
    public static string Stem(string key)
    {
        var length = StemLength(key);
        return length == key.Length ? key : key[..length];
    }

    /// <summary>How many leading characters of <paramref name="key"/> are its stem.</summary>
    public static int StemLength(ReadOnlySpan<char> key)
    {
        var length = key.Length;
        for (var strip = 0; strip < MaxStrips; strip++)
        {
            var stripped = false;
            foreach (var ending in Endings)
            {
                var rest = length - ending.Length;
                if (rest < MinStemLength || !key[..length].EndsWith(ending, StringComparison.Ordinal) || !HasVowel(key[..rest])) continue;
                length = rest;
                stripped = true;
                break;
            }
            if (!stripped) break;
        }
        return length;
    }

    private static bool HasVowel(ReadOnlySpan<char> s) => s.IndexOfAny("aeiou") >= 0;
}
