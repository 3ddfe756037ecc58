using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SkiaSharp;
using Swarmscope.TestSupport;

namespace Swarmscope.Reports.Html.Tests;

public sealed class HtmlReportWriterTests
{
    [Fact]
    public void Hostile_text_never_reaches_the_markup_unescaped()
    {
        using var dir = new TempDirectory();
        var path = dir.File("report.html");
        HtmlReportWriter.WriteFiles(SampleReport.Build(), path);
        var html = File.ReadAllText(path);

        Assert.DoesNotContain(SampleReport.ScriptText, html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain(SampleReport.HostileHandle, html);
        // Exactly two script elements: the data island and the bundle; the island cannot be closed early.
        Assert.Equal(2, Regex.Matches(html, "<script", RegexOptions.IgnoreCase).Count);
        var island = Island(html);
        Assert.DoesNotContain("</", island);
        Assert.DoesNotContain("<", island);
    }

    [Fact]
    public void Data_island_carries_the_exact_texts_for_the_panel()
    {
        using var dir = new TempDirectory();
        var path = dir.File("report.html");
        var report = SampleReport.Build();
        HtmlReportWriter.WriteFiles(report, path);
        using var doc = JsonDocument.Parse(Island(File.ReadAllText(path)));
        var root = doc.RootElement;
        Assert.Equal(report.Accounts.Count, root.GetProperty("accounts").GetArrayLength());
        Assert.Equal(report.Accounts.Count, root.GetProperty("nodes").GetProperty("x").GetArrayLength());
        Assert.Equal(report.Edges.Count * 3, root.GetProperty("edges").GetArrayLength());
        var texts = root.GetProperty("posts").EnumerateArray().Select(p => p[3].GetString()).ToList();
        Assert.Contains(SampleReport.ScriptText, texts);
        Assert.Contains(SampleReport.ImgText, texts);
        // The lone surrogate becomes U+FFFD; everything else arrives as written.
        Assert.Contains(SampleReport.BidiText.Replace("\uD800", "\uFFFD"), texts);
        Assert.Equal(SampleReport.HostileHandle, root.GetProperty("accounts")[3].GetProperty("l").GetString());
    }

    [Fact]
    public void Only_the_embedded_script_and_style_may_run_and_nothing_is_fetched()
    {
        using var dir = new TempDirectory();
        var path = dir.File("report.html");
        HtmlReportWriter.WriteFiles(SampleReport.Build(hostile: false), path);
        var html = File.ReadAllText(path);
        var csp = Regex.Match(html, "http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\"").Groups[1].Value.Replace("&#39;", "'");
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("connect-src 'none'", csp);
        Assert.Contains($"script-src {ReportAssets.CspHash(ReportAssets.Script)}", csp);
        Assert.Contains($"style-src {ReportAssets.CspHash(ReportAssets.Style)}", csp);
        Assert.DoesNotContain(" style=\"", html);
        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("url(http", html);
    }

    [Fact]
    public void Every_section_and_table_is_written()
    {
        using var dir = new TempDirectory();
        var path = dir.File("report.html");
        HtmlReportWriter.WriteFiles(SampleReport.Build(hostile: false), path);
        var html = File.ReadAllText(path);
        foreach (var id in new[] { "overview", "network-section", "clusters", "narratives", "methods", "licences", "cluster-ranking", "imports-table", "runs-table", "behaviours-table", "cluster-1", "cluster-3", "members-1" })
            Assert.Contains($"id=\"{id}\"", html);
        Assert.Contains("Coordination is not proof of inauthenticity", html);
        Assert.Contains("0.0.0-test", html);
        Assert.Contains("=== sigma 3.0.3 (MIT) ===", html);
        Assert.Contains("=== graphology 0.26.0 (MIT) ===", html);
        Assert.Contains("Active and dormant periods", html);
        Assert.Contains("Top templates", html);
        Assert.Contains("Top targets", html);
        // Times in the chosen zone (Asia/Almaty is UTC+05:00 since March 2024).
        Assert.Contains("2024-03-01 14:00:00 UTC+05:00", html);
    }

    [Fact]
    public void Charts_are_written_as_svg_and_png_beside_the_report()
    {
        using var dir = new TempDirectory();
        var chartDir = HtmlReportWriter.WriteFiles(SampleReport.Build(), dir.File("report.html"));
        Assert.Equal(dir.File("report-charts"), chartDir);
        var stems = new[] { "network", "cluster-1-timeline", "cluster-1-heatmap", "cluster-1-stance", "cluster-3-heatmap", "frames" };
        foreach (var stem in stems)
        {
            var svg = XDocument.Load(Path.Combine(chartDir, stem + ".svg"));
            Assert.Equal("svg", svg.Root!.Name.LocalName);
            using var png = SKBitmap.Decode(Path.Combine(chartDir, stem + ".png"));
            Assert.NotNull(png);
            Assert.Equal(2 * int.Parse(svg.Root.Attribute("width")!.Value), png.Width);
        }
        // Hostile series names are escaped inside the SVG files too (they parsed as XML above).
        Assert.Contains("&lt;svg onload", File.ReadAllText(Path.Combine(chartDir, "frames.svg")));
    }

    [Fact]
    public void Png_charts_draw_text_with_the_bundled_fonts()
    {
        // A chart with only a title: the top band must hold dark pixels (glyphs), in Latin and in Cyrillic.
        foreach (var title in new[] { "Posts per hour", "Посты по часам қазақ" })
        {
            using var bitmap = SKBitmap.Decode(SkiaChartCanvas.RenderPng(new WeekdayHourHeatMap(title, new int[7, 24])));
            var dark = 0;
            for (var x = 0; x < bitmap.Width; x++)
                for (var y = 0; y < 36; y++)
                    if (bitmap.GetPixel(x, y).Red < 100) dark++;
            Assert.True(dark > 200, $"'{title}': {dark} dark pixels");
        }
    }

    [Fact]
    public void Escaping_covers_markup_quotes_controls_and_broken_surrogates()
    {
        Assert.Equal("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", HtmlText.Escape("<a href=\"x\" title='y'>&"));
        Assert.Equal("ab", HtmlText.Escape("a\u0000\u0007\u0085b"));
        Assert.Equal("x\uFFFDy", HtmlText.Escape("x\uDC00y"));
        Assert.Equal("\U0001F600", HtmlText.Escape("\U0001F600"));
        Assert.Equal("ab…", HtmlText.Shorten("abcdef", 3));
        Assert.Equal("a…", HtmlText.Shorten("a\U0001F600bc", 3));
    }

    private static string Island(string html)
    {
        var m = Regex.Match(html, "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", RegexOptions.Singleline);
        Assert.True(m.Success);
        return m.Groups[1].Value;
    }
}
