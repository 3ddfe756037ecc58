using Swarmscope.Text;

namespace Swarmscope.Text.Tests;

public class TextNormalizerTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   \t\n ", "")]
    [InlineData("  Hello   WORLD \n again ", "hello uorld again")]
    [InlineData("Vote now https://t.co/abc123 and www.example.com/x please", "vote nou and please")]
    [InlineData("@Akorda thanks @x_1 for this", "thanks for this")]
    [InlineData("mail me at a@b.kz", "mail me at a@b.kz")]
    [InlineData("RT @someone: Vote #Tokayev", "vote #tokaev")]
    [InlineData("RT @a: RT @b: text here", "text here")]
    [InlineData("rtx is a word", "rtx is a uord")]
    public void Basics(string? input, string expected) => Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void CyrillicLookAlikesInLatinTextFoldToLatin()
    {
        // "choice" and "Vote" spelled with Cyrillic о, с, е, and Greek ο: a classic filter evasion.
        var evasive = "I made a ch\u043Ei\u0441\u0435 f\u03BFr the new Kazakhstan! V\u043Ete #Tokayev";
        Assert.Equal(TextNormalizer.Normalize("I made a choice for the new Kazakhstan! Vote #Tokayev"), TextNormalizer.Normalize(evasive));
    }

    [Fact]
    public void LatinLookAlikesInCyrillicTextFoldTheSameWay()
    {
        // "Казахстан" with Latin a and o mixed in, and all-Cyrillic: both give one key.
        var pure = "Мы сделали выбор за новый Казахстан";
        var mixed = "Мы сдeлали выбoр зa нoвый Кaзaхстaн";
        Assert.Equal(TextNormalizer.Normalize(pure), TextNormalizer.Normalize(mixed));
        Assert.NotEqual(pure.ToLowerInvariant(), mixed.ToLowerInvariant());
    }

    [Fact]
    public void UpperCaseLookAlikesFoldByTheirShape()
    {
        Assert.Equal("hoct", TextNormalizer.Normalize("НОСТ")); // Cyrillic capitals
        Assert.Equal("hoct", TextNormalizer.Normalize("HOCT"));
        Assert.Equal("hoct", TextNormalizer.Normalize("ΗΟϹΤ".Replace('Ϲ', 'C')));
    }

    [Fact]
    public void ZeroWidthAndFormatCharactersAreRemoved()
    {
        var evasive = "V\u200Bo\u200Ct\u200De\u2060 for\u00AD him\uFEFF";
        Assert.Equal("vote for him", TextNormalizer.Normalize(evasive));
    }

    [Fact]
    public void StackedCombiningMarksAreRemovedButPrecomposedLettersStay()
    {
        Assert.Equal("vote", TextNormalizer.Normalize("v\u0336o\u0336t\u0489e\u0337"));
        // NFKC composes e + U+0301 into é, which is kept; Kazakh letters are letters, not marks.
        Assert.Equal(TextNormalizer.Normalize("caf\u00E9"), TextNormalizer.Normalize("cafe\u0301"));
        Assert.Equal("kazakstan", TextNormalizer.Normalize("ҚАЗАҚСТАН"));
    }

    [Fact]
    public void CompatibilityFormsFoldThroughNfkc()
    {
        Assert.Equal("vote tokaev", TextNormalizer.Normalize("ＶＯＴＥ 𝐓𝐨𝐤𝐚𝐲𝐞𝐯"));
        Assert.Equal("first", TextNormalizer.Normalize("ﬁrst"));
    }

    [Fact]
    public void InvisibleFillersCountAsWhitespace()
    {
        Assert.Equal("a b", TextNormalizer.Normalize("a\u3164\u3164b"));
        Assert.Equal("a b", TextNormalizer.Normalize("a\u00A0\u2003 b"));
    }

    [Fact]
    public void EmojiAndOtherSupplementaryCharactersSurvive()
    {
        Assert.Equal("go 🇰🇿 team", TextNormalizer.Normalize("Go 🇰🇿 team"));
        Assert.Equal("x", TextNormalizer.Normalize("x\uD800")); // lone surrogate dropped
    }

    [Fact]
    public void TryNormalizeMatchesNormalizeAndReportsShortBuffers()
    {
        var text = "RT @x: ＨＥＬＬＯ ｗｏｒｌｄ https://t.co/x";
        Assert.False(TextNormalizer.TryNormalize(text, new char[2], out _));
        var buffer = new char[TextNormalizer.MaxOutputLength(text)];
        Assert.True(TextNormalizer.TryNormalize(text, buffer, out var n));
        Assert.Equal(TextNormalizer.Normalize(text), new string(buffer, 0, n));
        Assert.Equal("hello uorld", new string(buffer, 0, n));
    }

    [Fact]
    public void LongTextUsesPooledBuffers()
    {
        var text = string.Concat(Enumerable.Repeat("Слава ﬁrst  ", 400));
        var normalized = TextNormalizer.Normalize(text);
        Assert.StartsWith("slava first slava", normalized);
        Assert.DoesNotContain("  ", normalized);
    }

    [Fact]
    public void FastPathRangesAreNfkcStableAlsoInPairs()
    {
        // The normalizer skips NFKC for ASCII and Cyrillic text; prove that is exact for every pair of such characters.
        var chars = new List<char> { '\n', '\r', '\t' };
        for (var c = ' '; c <= '~'; c++) chars.Add(c);
        for (var c = '\u0400'; c <= '\u04FF'; c++) chars.Add(c);
        foreach (var a in chars)
            foreach (var b in chars)
                Assert.True(string.Concat(a, b).IsNormalized(System.Text.NormalizationForm.FormKC), $"U+{(int)a:X4} U+{(int)b:X4}");
    }
}
