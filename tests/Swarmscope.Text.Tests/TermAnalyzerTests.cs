namespace Swarmscope.Text.Tests;

/// <summary>Terms: every inflected form of a word meets the same term, in its language and script.</summary>
public class TermAnalyzerTests
{
    private static readonly TermAnalyzer Analyzer = new();

    private static string Term(string word, TextLanguage language = TextLanguage.Unknown) => string.Join(' ', Analyzer.Terms(word, language));

    [Theory]
    // Nouns in -ан: Snowball reads the final -н as a verb ending, so the nominative lost it and met no other case.
    [InlineData("Казахстан", "Казахстана", "Казахстану", "Казахстаном", "Казахстане")]
    [InlineData("Узбекистан", "Узбекистана", "Узбекистану", "Узбекистаном", "Узбекистане")]
    [InlineData("план", "плана", "плану", "планом", "планы")]
    [InlineData("новый", "нового", "новому", "новым", "новая")]
    [InlineData("предатель", "предателя", "предателю", "предателем", "предатели")]
    public void Every_case_of_a_Russian_word_has_one_term(params string[] forms)
    {
        var terms = forms.Select(f => Term(f, TextLanguage.Russian)).Distinct().ToList();
        Assert.True(terms.Count == 1, $"{string.Join(", ", forms)} → {string.Join(", ", terms)}");
    }

    [Fact]
    public void A_Russian_phrase_meets_its_inflected_form_in_a_post() =>
        Assert.Equal(Term("новый Казахстан", TextLanguage.Russian), Term("новому казахстану"));

    [Theory]
    [InlineData("votes", "vote")]
    [InlineData("leaders", "leader")]
    public void English_plurals_meet_their_singular(string a, string b) => Assert.Equal(Term(a, TextLanguage.English), Term(b, TextLanguage.English));
}
