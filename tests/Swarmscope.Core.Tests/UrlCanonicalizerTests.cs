using Swarmscope.Core;

namespace Swarmscope.Core.Tests;

public class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("HTTP://WWW.Example.COM/a/b/?utm_source=tw&utm_medium=x&id=3&fbclid=abc", "https://example.com/a/b?id=3")]
    [InlineData("https://example.com/", "https://example.com")]
    [InlineData("https://example.com/path///", "https://example.com/path")]
    [InlineData("www.telesurtv.net/news/x.html", "https://telesurtv.net/news/x.html")]
    [InlineData("https://m.facebook.com/story?b=2&a=1", "https://facebook.com/story?a=1&b=2")]
    [InlineData("https://example.com:8080/x", "https://example.com:8080/x")]
    public void Canonicalizes(string input, string expected) => Assert.Equal(expected, UrlCanonicalizer.Canonicalize(input));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("not a url")]
    [InlineData("ftp://example.com/file")]
    [InlineData("javascript:alert(1)")]
    public void RejectsNonUrls(string? input) => Assert.Null(UrlCanonicalizer.Canonicalize(input));

    /// <summary>
    /// A host the IDN rules refuse (here U+FFFD, what an invalid byte in a CSV link becomes) made Uri.IdnHost throw,
    /// which failed the whole file's import with a message naming no record. The link is kept as written instead.
    /// </summary>
    [Theory]
    [InlineData("https://t\uFFFDco/2TVOKFkdDl", "https://t\uFFFDco/2TVOKFkdDl")]
    public void KeepsHostsTheIdnRulesRefuse(string input, string expected) => Assert.Equal(expected, UrlCanonicalizer.Canonicalize(input));

    [Fact]
    public void PunycodesInternationalHosts() => Assert.Equal("https://xn--e1afmkfd.xn--p1ai/a", UrlCanonicalizer.Canonicalize("http://пример.РФ/a/"));

    [Fact]
    public void DomainOfCanonicalUrl() => Assert.Equal("example.com", UrlCanonicalizer.Domain("https://example.com/a?b=1"));
}
