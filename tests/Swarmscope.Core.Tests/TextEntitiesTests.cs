using Swarmscope.Core;

namespace Swarmscope.Core.Tests;

public class TextEntitiesTests
{
    [Fact]
    public void FindsHashtagsInAnyScript() =>
        Assert.Equal(["freetennessee", "казахстан", "new_kz"], TextEntities.Hashtags("We're back #FreeTennessee, #Казахстан! #new_kz #1 C#"));

    [Fact]
    public void FindsMentionsButNotEmails() =>
        Assert.Equal(["10_gop", "назарбаев"], TextEntities.Mentions("follow @10_gop and @Назарбаев; mail a@b.com or x@y.org"));

    [Fact]
    public void FindsUrlsAndTrimsPunctuation() =>
        Assert.Equal(["https://t.co/kmb1JOSVbg", "www.example.com/a"], TextEntities.Urls("see https://t.co/kmb1JOSVbg. and (www.example.com/a)"));

    [Fact]
    public void A_url_start_glued_to_a_word_is_skipped_but_a_later_url_of_the_same_scheme_is_found() =>
        Assert.Equal(["HTTP://b.example/x", "www.c.example"],
            TextEntities.Urls("xhttp://a.example then HTTP://b.example/x, wwwww.no and www.c.example"));

    [Fact]
    public void EmptyTextHasNoEntities()
    {
        Assert.Empty(TextEntities.Hashtags(""));
        Assert.Empty(TextEntities.Mentions("no entities here"));
        Assert.Empty(TextEntities.Urls("http:// nothing"));
    }

    /// <summary>
    /// The extractor against a regular expression that states the rules independently: a sigil not preceded by a
    /// letter, digit, '_', '/' or another sigil, then word characters (letters, digits, '_', combining marks); a
    /// hashtag of digits only is a number; a mention followed by '.' and a letter is an e-mail address.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Hashtags_and_mentions_agree_with_a_regular_expression_reference_on_random_text(int seed)
    {
        const string alphabet = "#@#@ab Z9_/.éЖж\u0301-!\n1";
        var random = new Random(seed);
        for (var n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, 30)];
            for (var k = 0; k < chars.Length; k++) chars[k] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            Assert.Equal(Reference(text, '#'), TextEntities.Hashtags(text));
            Assert.Equal(Reference(text, '@'), TextEntities.Mentions(text));
        }
    }

    private static string[] Reference(string text, char sigil)
    {
        var s = System.Text.RegularExpressions.Regex.Escape(sigil.ToString());
        var pattern = $@"(?<![\p{{L}}\p{{Nd}}_/{s}]){s}([\p{{L}}\p{{Nd}}_\p{{Mn}}\p{{Mc}}]+)";
        var found = new List<string>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, pattern))
        {
            var token = m.Groups[1].Value;
            var after = m.Index + m.Length;
            if (sigil == '#' && token.All(char.IsDigit)) continue;
            if (sigil == '@' && after + 1 < text.Length && text[after] == '.' && char.IsLetter(text[after + 1])) continue;
            found.Add(token.ToLowerInvariant());
        }
        return [.. found];
    }
}
