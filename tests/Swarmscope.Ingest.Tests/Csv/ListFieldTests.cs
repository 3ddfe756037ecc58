using Swarmscope.Core;
using Swarmscope.Ingest.Csv;
using Swarmscope.TestSupport;

namespace Swarmscope.Ingest.Tests.Csv;

public class ListFieldTests
{
    [Theory]
    [InlineData("", new string[0])]
    [InlineData("a b  c", new[] { "a", "b", "c" })]
    [InlineData("[a, b]", new[] { "a", "b" })]
    [InlineData("['a', 'b c']", new[] { "a", "b c" })]
    [InlineData("[\"x\",\"y\"]", new[] { "x", "y" })]
    [InlineData("[]", new string[0])]
    [InlineData("a,b", new[] { "a", "b" })]
    public void Splits_list_cells(string cell, string[] expected) => Assert.Equal(expected, ListField.Items(cell));

    [Theory]
    [InlineData("https://t.co/kmb1JOSVbg")]
    [InlineData("https://example.com")]
    [InlineData("https://example.com/")]
    [InlineData("https://www.example.com/a")]
    [InlineData("https://m.facebook.com/a")]
    [InlineData("https://Example.com/a")]
    [InlineData("https://example.com/a/../b")]
    [InlineData("https://example.com/a/./b")]
    [InlineData("https://example.com//a")]
    [InlineData("https://example.com/a.html")]
    [InlineData("https://example.com/a?x=1")]
    [InlineData("https://example.com/a#f")]
    [InlineData("https://example.com/a%20b")]
    [InlineData("https://1.2.3.4/a")]
    [InlineData("https://xn--80ak6aa92e.com/a")]
    [InlineData("https://a-b.example.co.uk/x_y-z/Q")]
    [InlineData("https://example.com:443/a")]
    [InlineData("https://example.com/a/")]
    [InlineData("https://example..com/a")]
    [InlineData("https://example.com./a")]
    [InlineData("http://t.co/AbC123")]
    [InlineData("http://example.com")]
    [InlineData("http://example.com/")]
    [InlineData("http://example.com/a/b_c-d.html")]
    [InlineData("http://www.example.com/a")]
    [InlineData("http://Example.com/a")]
    [InlineData("http://example.com:80/a")]
    [InlineData("http://example.com/a?utm_source=x")]
    [InlineData("http://1.2.3.4/a")]
    [InlineData("http://m.example.com/a")]
    [InlineData("http:///a")]
    public void Shortcut_agrees_with_the_canonicalizer(string url) =>
        Assert.Equal(UrlCanonicalizer.Canonicalize(url), ListField.Canonical(url));

    [SharedDataFact("ira/tweets-part1.csv.gz")]
    public void Shortcut_agrees_with_the_canonicalizer_on_real_tweet_links()
    {
        using var stream = ImporterRegistry.OpenDecompressed(SharedData.Path("ira/tweets-part1.csv.gz"));
        using var reader = new CsvReader(stream);
        var checkedShortcut = 0;
        var checkedHttp = 0;
        for (var row = 0; row < 100_000 && reader.Read(); row++)
        {
            foreach (var url in TextEntities.Urls(reader.GetString(1)))
            {
                if (ListField.IsAlreadyCanonical(url)) checkedShortcut++;
                if (url.StartsWith("http://", StringComparison.Ordinal)) checkedHttp++;
                Assert.Equal(UrlCanonicalizer.Canonicalize(url), ListField.Canonical(url));
            }
        }
        Assert.True(checkedShortcut > 10_000);
        Assert.True(checkedHttp > 1_000, $"only {checkedHttp} http:// links seen");
    }
}
