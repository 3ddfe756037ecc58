using System.Globalization;
using System.Reflection;
using Swarmscope.Text;

namespace Swarmscope.Narratives;

/// <summary>
/// Praise and attack phrases for Russian, Kazakh and English (shipped under Lexicons/, written for Swarmscope) plus
/// any user file in the same format: "phrase TAB +1|-1" per line, '#' comments. Phrases are kept as term sequences
/// (<see cref="TermAnalyzer"/>), so inflected forms and either Kazakh script match.
/// </summary>
public sealed class StanceLexicon
{
    /// <summary>Term → phrases starting with it: (remaining terms, polarity).</summary>
    private readonly Dictionary<string, List<(string[] Terms, int Polarity, string Phrase)>> _byFirst = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    /// <summary>The shipped lexicons (ru, kk, en).</summary>
    public static StanceLexicon Default()
    {
        var lexicon = new StanceLexicon();
        var analyzer = new TermAnalyzer();
        foreach (var (name, language) in new[] { ("stance-ru.tsv", TextLanguage.Russian), ("stance-kk.tsv", TextLanguage.Kazakh), ("stance-en.tsv", TextLanguage.English) })
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Swarmscope.Narratives.Lexicons." + name)
                ?? throw new InvalidOperationException($"lexicon {name} is not embedded");
            using var reader = new StreamReader(stream);
            lexicon.Load(reader, name, language, analyzer);
        }
        return lexicon;
    }

    /// <summary>Adds a user lexicon file; the language of each phrase is guessed from its letters.</summary>
    public void LoadFile(string path)
    {
        using var reader = new StreamReader(path);
        Load(reader, path, TextLanguage.Unknown, new TermAnalyzer());
    }

    public void Load(TextReader reader, string source, TextLanguage language, TermAnalyzer analyzer)
    {
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var tab = line.LastIndexOf('\t');
            if (tab <= 0) throw new FormatException($"{source}, line {lineNumber}: expected 'phrase<TAB>+1' or 'phrase<TAB>-1', got '{Shorten(line)}'");
            var weight = line[(tab + 1)..].Trim();
            if (!int.TryParse(weight, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var polarity) || polarity is not (1 or -1))
                throw new FormatException($"{source}, line {lineNumber}, polarity: '{Shorten(weight)}' is not +1 or -1");
            var phrase = line[..tab].Trim();
            var terms = analyzer.Terms(phrase, language).ToArray();
            if (terms.Length == 0) throw new FormatException($"{source}, line {lineNumber}, phrase: '{Shorten(phrase)}' has no words");
            if (!_byFirst.TryGetValue(terms[0], out var list)) _byFirst[terms[0]] = list = [];
            list.Add((terms, polarity, phrase));
            Count++;
        }
    }

    /// <summary>
    /// Net polarity of a post's terms: +1 per praise phrase, −1 per attack phrase, sign flipped when a negation
    /// stands just before (Russian, English) or just after (Kazakh емес/жоқ) the phrase. Matched phrases are added
    /// to <paramref name="matches"/> when given.
    /// </summary>
    public int Score(IReadOnlyList<string> terms, List<string>? matches = null)
    {
        var score = 0;
        for (var i = 0; i < terms.Count; i++)
        {
            if (!_byFirst.TryGetValue(terms[i], out var candidates)) continue;
            foreach (var (phrase, polarity, text) in candidates)
            {
                if (!MatchesAt(terms, i, phrase)) continue;
                var end = i + phrase.Length;
                var negated = (i > 0 && IsNegationBefore(terms[i - 1])) || (i > 1 && IsNegationBefore(terms[i - 2]))
                              || (end < terms.Count && IsNegationAfter(terms[end]));
                score += negated ? -polarity : polarity;
                matches?.Add(negated ? "not " + text : text);
                break;
            }
        }
        return score;
    }

    private static bool MatchesAt(IReadOnlyList<string> terms, int at, string[] phrase)
    {
        if (at + phrase.Length > terms.Count) return false;
        for (var k = 1; k < phrase.Length; k++)
            if (!string.Equals(terms[at + k], phrase[k], StringComparison.Ordinal)) return false;
        return true;
    }

    // Keys after folding: не, нет, ни; not, never, n't forms; Kazakh емес, жоқ follow the word they negate.
    private static bool IsNegationBefore(string term) => term is "ne" or "net" or "ni" or "not" or "never" or "dont" or "doesnt" or "didnt" or "isnt" or "arent" or "wasnt" or "cant" or "uont";
    private static bool IsNegationAfter(string term) => term is "emes" or "jok";

    public static Stance StanceOf(int score) => score > 0 ? Stance.Praise : score < 0 ? Stance.Attack : Stance.Neutral;

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
