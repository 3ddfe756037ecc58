using Swarmscope.Text;

namespace Swarmscope.Narratives.Tests;

/// <summary>Hand-written posts in Russian, Kazakh (both scripts) and English, with the stance a reader gives them.</summary>
public class StanceTests
{
    private static readonly StanceLexicon Lexicon = StanceLexicon.Default();

    [Theory]
    // Russian
    [InlineData("Поддерживаю нашего президента, настоящий лидер!", Stance.Praise)]
    [InlineData("Спасибо за стабильность и процветание", Stance.Praise)]
    [InlineData("Он предатель и лжец, позор!", Stance.Attack)]
    [InlineData("Продажные провокаторы опять врут", Stance.Attack)]
    [InlineData("Сегодня он выступил на форуме в Астане", Stance.Neutral)]
    [InlineData("Он не предатель, а честный человек", Stance.Praise)]
    // Kazakh, Cyrillic and Latin
    [InlineData("Рахмет, біз сізді қолдаймыз!", Stance.Praise)]
    [InlineData("Rahmet, biz sizdi qoldaımyz!", Stance.Praise)]
    [InlineData("Ол сатқын, ұят!", Stance.Attack)]
    [InlineData("Ol satqyn, uıat!", Stance.Attack)]
    [InlineData("Ол өтірікші және жемқор", Stance.Attack)]
    [InlineData("Бүгін ол форумда сөйледі", Stance.Neutral)]
    [InlineData("Бұл шешім дұрыс емес, ұят", Stance.Attack)]
    // English
    [InlineData("Proud to support a wise and honest leader", Stance.Praise)]
    [InlineData("Thanks for the great work!", Stance.Praise)]
    [InlineData("He is a traitor and a liar. Shame!", Stance.Attack)]
    [InlineData("Corrupt puppets should resign", Stance.Attack)]
    [InlineData("He spoke at the forum today", Stance.Neutral)]
    [InlineData("He is not a leader", Stance.Attack)]
    public void StanceOfHandWrittenPosts(string text, Stance expected)
    {
        var matches = new List<string>();
        var score = Lexicon.Score(new TermAnalyzer().Terms(text), matches);
        Assert.True(expected == StanceLexicon.StanceOf(score), $"'{text}': score {score}, matched [{string.Join(", ", matches)}]");
    }

    [Fact]
    public void UserLexiconExtendsTheShippedOne()
    {
        var lexicon = StanceLexicon.Default();
        var before = lexicon.Score(new TermAnalyzer().Terms("what a nurbot"));
        lexicon.Load(new StringReader("# mine\nnurbot\t-1\n"), "mine.tsv", TextLanguage.English, new TermAnalyzer());
        Assert.Equal(0, before);
        Assert.Equal(-1, lexicon.Score(new TermAnalyzer().Terms("what a nurbot")));
    }

    [Fact]
    public void BadLexiconLineNamesFileLineAndField()
    {
        var e = Assert.Throws<FormatException>(() => new StanceLexicon().Load(new StringReader("good\t+1\nbad\tmaybe\n"), "mine.tsv", TextLanguage.English, new TermAnalyzer()));
        Assert.Contains("mine.tsv, line 2, polarity", e.Message);
    }
}
