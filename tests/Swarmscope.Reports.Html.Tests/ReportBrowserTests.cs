using Swarmscope.TestSupport;

namespace Swarmscope.Reports.Html.Tests;

/// <summary>The sample report, hostile texts included, in real Chromium: with WebGL and without.</summary>
[Collection(nameof(ChromiumCollection))]
public sealed class ReportBrowserTests(Chromium chromium)
{
    [ChromiumFact]
    public async Task Hostile_texts_appear_as_text_and_nothing_runs_or_calls_out()
    {
        using var dir = new TempDirectory();
        var html = dir.File("report.html");
        HtmlReportWriter.WriteFiles(SampleReport.Build(), html);
        await using var report = await ReportPage.OpenAsync(chromium.Browser, html);
        var page = report.Page;

        Assert.Empty(report.Errors);
        Assert.Empty(report.Requests);
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__pwned"));
        Assert.Equal(0, await page.Locator("img").CountAsync());
        Assert.Equal(0, await page.Locator("b:text('bold?')").CountAsync());
        // The texts are on the page, character for character.
        var texts = await page.Locator(".post-text").AllTextContentsAsync();
        Assert.Contains(SampleReport.ScriptText, texts);
        Assert.Contains(SampleReport.ImgText, texts);
        Assert.Contains(await page.Locator(".handle").AllTextContentsAsync(), t => t == SampleReport.HostileHandle);
        Assert.Equal("Sample <investigation> & \"test\"", await page.TitleAsync());

        // The account panel renders evidence through textContent too.
        await page.EvaluateAsync("window.swarmscopeReport.showAccount(0)");
        var panel = page.Locator("#account-panel");
        Assert.True(await panel.IsVisibleAsync());
        Assert.Contains(SampleReport.ScriptText, await panel.Locator(".post-text").AllTextContentsAsync());
        Assert.Equal(0, await page.Locator("img").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__pwned"));
        Assert.Empty(report.Errors);
    }

    [ChromiumFact]
    public async Task Clicking_an_account_in_the_network_shows_its_evidence()
    {
        using var dir = new TempDirectory();
        var html = dir.File("report.html");
        HtmlReportWriter.WriteFiles(SampleReport.Build(hostile: false), html);
        File.Copy(html, ReportPage.ScreenshotPath("sample-report.html"), overwrite: true);
        await using var report = await ReportPage.OpenAsync(chromium.Browser, html);
        var page = report.Page;
        await page.ScreenshotAsync(new() { Path = ReportPage.ScreenshotPath("sample-full-page.png"), FullPage = true });
        Assert.Equal("drawn", await page.EvaluateAsync<string>("document.body.dataset.network"));
        Assert.True(await page.Locator("#network canvas").CountAsync() > 0);
        await page.Locator("#network-section").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = ReportPage.ScreenshotPath("sample-network.png") });

        var pos = await page.EvaluateAsync<Position>("window.swarmscopeReport.nodePosition(5)");
        await page.Mouse.ClickAsync((float)pos.X, (float)pos.Y);
        var panel = page.Locator("#account-panel");
        await panel.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Visible, Timeout = 10_000 });
        Assert.Equal("acct_005", await panel.Locator("h3").InnerTextAsync());
        Assert.True(await panel.Locator(".pair").CountAsync() > 0);
        Assert.Contains("I made a choice", await panel.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = ReportPage.ScreenshotPath("sample-account-panel.png") });

        // Choosing a cluster keeps the page working (the camera moves, other clusters fade).
        await page.SelectOptionAsync("#cluster-select", "1");
        await page.WaitForTimeoutAsync(500);
        Assert.Empty(report.Errors);
    }

    [ChromiumFact]
    public async Task Without_WebGL_every_table_is_still_shown()
    {
        using var dir = new TempDirectory();
        var html = dir.File("report.html");
        HtmlReportWriter.WriteFiles(SampleReport.Build(), html);
        await using var withGl = await ReportPage.OpenAsync(chromium.Browser, html);
        var tablesWithGl = await withGl.Page.Locator("table").CountAsync();

        await using var report = await ReportPage.OpenAsync(chromium.NoWebGlBrowser, html);
        var page = report.Page;
        Assert.Empty(report.Errors);
        Assert.Equal("unavailable", await page.EvaluateAsync<string>("document.body.dataset.network"));
        Assert.Contains("WebGL", await page.Locator("#network-status").InnerTextAsync());
        var tables = page.Locator("table");
        Assert.Equal(tablesWithGl, await tables.CountAsync());
        for (var i = 0; i < await tables.CountAsync(); i++)
        {
            var t = tables.Nth(i);
            await t.ScrollIntoViewIfNeededAsync();
            Assert.True(await t.IsVisibleAsync(), $"table {i} is hidden");
        }
        Assert.True(await page.Locator(".cluster-card .pair").CountAsync() > 0);
        // Account names still open the evidence panel.
        await page.Locator(".members-table button[data-account]").First.ClickAsync();
        Assert.True(await page.Locator("#account-panel .pair").CountAsync() > 0);
        await page.ScreenshotAsync(new() { Path = ReportPage.ScreenshotPath("sample-no-webgl.png"), FullPage = false });
    }

    private sealed class Position { public double X { get; set; } public double Y { get; set; } }
}
