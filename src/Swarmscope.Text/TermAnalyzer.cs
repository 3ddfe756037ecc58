using System.Buffers;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Swarmscope.Text;

/// <summary>
/// Turns a text into its terms: cleaned (<see cref="TextNormalizer.Clean"/>), split into words, look-alike letters
/// resolved, each word stemmed in its language (Snowball for Russian and English via Lucene.Net, <see cref="KazakhStemmer"/>
/// for Kazakh) and folded to the script-independent key (<see cref="ScriptFolding"/>). Key phrases of a codebook,
/// lexicon entries and posts all pass through here, so "новому Казахстану" meets "новый Казахстан" and
/// "Jańa Qazaqstannyń" meets "жаңа Қазақстан".
/// Not thread-safe (the stemmers keep state): use one analyzer per thread.
/// </summary>
public sealed class TermAnalyzer
{
    private const int MaxWordLength = 64;
    private const int MaxCacheEntries = 500_000;

    private readonly SnowballProgram _russian = new RussianStemmer();
    private readonly SnowballProgram _english = new EnglishStemmer();
    private readonly char[] _stemBuffer = new char[MaxWordLength];
    private readonly Dictionary<string, string>[] _cache =
        [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

    /// <summary>The terms of <paramref name="text"/> in order. <paramref name="language"/> overrides the guess when known.</summary>
    public List<string> Terms(string? text, TextLanguage language = TextLanguage.Unknown)
    {
        var terms = new List<string>();
        AddTerms(text, terms, language);
        return terms;
    }

    /// <summary>Appends the terms of <paramref name="text"/> to <paramref name="terms"/> and returns the language used.</summary>
    public TextLanguage AddTerms(string? text, List<string> terms, TextLanguage language = TextLanguage.Unknown)
    {
        var cleaned = TextNormalizer.Clean(text);
        if (cleaned.Length == 0) return language;
        var guessed = language == TextLanguage.Unknown ? LanguageGuesser.Guess(cleaned) : language;
        var textScript = ScriptFolding.DominantScript(cleaned);
        Span<char> resolved = stackalloc char[MaxWordLength];
        Span<char> key = stackalloc char[MaxWordLength * ScriptFolding.MaxExpansion];
        var span = cleaned.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            if (!ScriptFolding.IsWordChar(span[i])) { i++; continue; }
            var start = i;
            while (i < span.Length && (ScriptFolding.IsWordChar(span[i]) || (ScriptFolding.IsApostrophe(span[i]) && char.IsLetter(span[i - 1])))) i++;
            var word = span[start..i];
            if (word.Length > MaxWordLength) word = word[..MaxWordLength];
            terms.Add(Term(word, textScript, guessed, resolved, key));
        }
        return guessed;
    }

    /// <summary>The term of one word (see the class summary).</summary>
    public string Term(ReadOnlySpan<char> word, int textScript, TextLanguage textLanguage) =>
        Term(word.Length > MaxWordLength ? word[..MaxWordLength] : word, textScript, textLanguage,
            stackalloc char[MaxWordLength], stackalloc char[MaxWordLength * ScriptFolding.MaxExpansion]);

    private string Term(ReadOnlySpan<char> word, int textScript, TextLanguage textLanguage, Span<char> resolved, Span<char> key)
    {
        var cyrillic = ScriptFolding.IsCyrillicWord(word, textScript);
        var language = WordLanguage(word, cyrillic, textLanguage);
        var cache = _cache[(int)language];
        if (cache.Count > MaxCacheEntries) cache.Clear();
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        var n = ScriptFolding.ResolveWord(word, cyrillic, resolved);
        // The cache key is the resolved word plus its script: an all-look-alike word resolves differently by context.
        resolved[n] = cyrillic ? '\u0001' : '\u0002';
        var cacheKey = resolved[..(n + 1)];
        if (lookup.TryGetValue(cacheKey, out var term)) return term;

        string result;
        switch (language)
        {
            case TextLanguage.Kazakh:
            {
                var k = ScriptFolding.FoldWord(word, textScript, key);
                result = new string(key[..KazakhStemmer.StemLength(key[..k])]);
                break;
            }
            case TextLanguage.Russian or TextLanguage.English:
            {
                var stemmer = language == TextLanguage.Russian ? _russian : _english;
                var stem = Stem(stemmer, resolved[..n], language == TextLanguage.Russian);
                var k = ScriptFolding.FoldWord(stem, cyrillic ? 1 : -1, key);
                result = new string(key[..k]);
                break;
            }
            default:
            {
                var k = ScriptFolding.FoldWord(resolved[..n], cyrillic ? 1 : -1, key);
                result = new string(key[..k]);
                break;
            }
        }
        lookup[cacheKey] = result;
        return result;
    }

    private ReadOnlySpan<char> Stem(SnowballProgram stemmer, ReadOnlySpan<char> word, bool russian)
    {
        word.CopyTo(_stemBuffer);
        if (russian) _stemBuffer.AsSpan(0, word.Length).Replace('ё', 'е'); // the Russian Snowball stemmer expects е
        stemmer.SetCurrent(_stemBuffer, word.Length);
        stemmer.Stem();
        var length = stemmer.CurrentBufferLength;
        // Russian Snowball reads -н, -на, -ны after а/я as verb endings (сделан, сделана → сдела), which splits nouns in
        // -ан/-ян from their other cases: "Казахстан", "Казахстана" → "казахста" but "Казахстану" → "казахстан". Only
        // that rule leaves a stem ending in а/я (the noun rule removes final vowels), so such stems get their н back:
        // every case of the noun meets, and сделал, сделала, сделан still meet each other ("сделан").
        if (russian && length >= 3 && stemmer.CurrentBuffer[length - 1] is 'а' or 'я' && length < _stemBuffer.Length)
        {
            stemmer.CurrentBuffer.AsSpan(0, length).CopyTo(_stemBuffer);
            _stemBuffer[length] = 'н';
            return _stemBuffer.AsSpan(0, length + 1);
        }
        return stemmer.CurrentBuffer.AsSpan(0, length);
    }

    private static TextLanguage WordLanguage(ReadOnlySpan<char> word, bool cyrillic, TextLanguage textLanguage)
    {
        if (!HasLetter(word)) return TextLanguage.Unknown;
        if (cyrillic)
        {
            if (textLanguage == TextLanguage.Kazakh || word.IndexOfAny(KazakhCyrillic) >= 0) return TextLanguage.Kazakh;
            return IsCyrillicOrLookAlike(word) ? TextLanguage.Russian : TextLanguage.Unknown;
        }
        if (!IsLatinOrLookAlike(word)) return TextLanguage.Unknown;
        if (textLanguage == TextLanguage.Kazakh) return TextLanguage.Kazakh;
        foreach (var c in word) if (ScriptFolding.IsKazakhLatinLetter(c)) return TextLanguage.Kazakh;
        return TextLanguage.English;
    }

    private static readonly SearchValues<char> KazakhCyrillic = SearchValues.Create("әғқңөұүһіӘҒҚҢӨҰҮҺІ");

    private static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (char.IsLetter(c)) return true;
        return false;
    }

    private static bool IsCyrillicOrLookAlike(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsLetter(c) && ScriptFolding.KindOf(c) == ScriptFolding.Kind.Other) return false;
        return true;
    }

    private static bool IsLatinOrLookAlike(ReadOnlySpan<char> word) => IsCyrillicOrLookAlike(word);
}
