using System.Globalization;
using Microsoft.Playwright;

namespace Swarmscope.Web.Tests;

/// <summary>
/// The workflow in a real headless Chromium (Debian's /usr/bin/chromium; Playwright never downloads a browser):
/// a coder codes and submits; the second blind coder cannot see it; an editor returns it with a comment, the coder
/// resubmits, the editor approves; the approval shows in the civic-impact chart; the agreement page shows alpha.
/// Screenshots of each main screen go to artifacts/screenshots/&lt;database&gt;/ at the repository root.
/// </summary>
public static class BrowserScenario
{
    public const string Chromium = "/usr/bin/chromium";
    private const int O = WorkspaceServer.Observatory;

    public static async Task RunAsync(Func<TestDatabase> database)
    {
        if (!File.Exists(Chromium)) throw new InvalidOperationException($"{Chromium} is missing: install Debian's chromium package (.ci/run does)");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        await using var server = await WorkspaceServer.StartAsync(database());
        var shots = Path.Combine(RepositoryRoot(), "artifacts", "screenshots", server.Database.Kind);
        Directory.CreateDirectory(shots);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium, Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var item = $"{server.Address}/o/{O}/items/{server.BlindItemId}";

        async Task<IPage> LogIn(string user)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            var page = await context.NewPageAsync();
            await page.GotoAsync($"{server.Address}/Account/Login");
            await page.GetByTestId("login-user").FillAsync(user);
            await page.GetByTestId("login-password").FillAsync(WorkspaceServer.Password);
            await page.GetByTestId("login-submit").ClickAsync();
            await page.WaitForURLAsync(server.Address + "/");
            return page;
        }
        async Task Shot(IPage page, string name) => await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, name + ".png"), FullPage = false, Timeout = 120_000 });
        async Task<double> CivicBar(IPage page, string level)
        {
            await page.GotoAsync($"{server.Address}/o/{O}/charts");
            var value = await page.Locator($"[data-testid=chart-civic] rect[data-label='{level}']").GetAttributeAsync("data-value");
            return double.Parse(value!, CultureInfo.InvariantCulture);
        }

        // Coder 1 codes the blind item and submits.
        var coder1 = await LogIn("coder1");
        await Shot(coder1, "01-observatories");
        await coder1.GotoAsync($"{server.Address}/o/{O}");
        await Shot(coder1, "02-incidents");
        await coder1.GotoAsync($"{server.Address}/o/{O}/items");
        await Shot(coder1, "03-items-grid");
        await coder1.GotoAsync(item);
        await coder1.GetByTestId("coding-start").ClickAsync();
        await coder1.GetByTestId("frame-imitated-support").CheckAsync();
        await coder1.GetByTestId("frame-best-leader").CheckAsync();
        await coder1.GetByTestId("scale--3").CheckAsync();
        await Shot(coder1, "04-coding-form");
        await coder1.GetByTestId("coding-submit").ClickAsync();
        Assert.Equal("submitted", await coder1.GetByTestId("my-state").InnerTextAsync());

        // Coder 2 (the other blind coder) sees no trace of coder 1's coding.
        var coder2 = await LogIn("coder2");
        await coder2.GotoAsync(item);
        Assert.True(await coder2.GetByTestId("blind-note").IsVisibleAsync());
        Assert.Equal(0, await coder2.GetByTestId("other-coding").CountAsync());
        Assert.DoesNotContain("coder1", await coder2.Locator("main").InnerTextAsync());
        await Shot(coder2, "05-blind-coder-view");

        // The editor returns coder 1's coding with a comment.
        var editor = await LogIn("editor1");
        var civicBefore = await CivicBar(editor, "−3");
        await editor.GotoAsync($"{server.Address}/o/{O}/review");
        await Shot(editor, "06-review-queue");
        var row = editor.GetByTestId("queue-row").Filter(new LocatorFilterOptions { HasText = "Blind sample" });
        await row.GetByTestId("return-comment").FillAsync("Add the subtext: who is the audience of this praise?");
        await row.GetByTestId("return-button").ClickAsync();
        Assert.Contains("Returned", await editor.GetByTestId("message").InnerTextAsync());

        // Coder 1 sees the comment and resubmits; the editor approves.
        await coder1.GotoAsync(item);
        Assert.Contains("who is the audience", await coder1.GetByTestId("review-comment").InnerTextAsync());
        await coder1.Locator("textarea[name=f_subtext]").FillAsync("Voters abroad and at home should believe support is universal.");
        await coder1.GetByTestId("coding-submit").ClickAsync();
        await editor.GotoAsync($"{server.Address}/o/{O}/review");
        await editor.GetByTestId("queue-row").Filter(new LocatorFilterOptions { HasText = "Blind sample" }).GetByTestId("approve-button").ClickAsync();
        Assert.Contains("Approved", await editor.GetByTestId("message").InnerTextAsync());

        // The approved coding is counted in the civic-impact chart.
        Assert.Equal(civicBefore + 1, await CivicBar(editor, "−3"));
        await Shot(editor, "07-charts");

        // Coder 2 codes too; then alpha for the double-coded sample is on the agreement page.
        await coder2.GetByTestId("coding-start").ClickAsync();
        await coder2.GetByTestId("frame-best-leader").CheckAsync();
        await coder2.GetByTestId("scale--2").CheckAsync();
        await coder2.GetByTestId("coding-submit").ClickAsync();
        Assert.Equal(1, await coder2.GetByTestId("other-coding").CountAsync());
        await editor.GotoAsync($"{server.Address}/o/{O}/agreement");
        var alpha = await editor.GetByTestId("alpha-civic_impact").InnerTextAsync();
        Assert.True(double.TryParse(alpha, CultureInfo.InvariantCulture, out var a) && a is > -1 and <= 1, $"alpha shown: {alpha}");
        await Shot(editor, "08-agreement");
        foreach (var (path, name) in new[] { ("codebook", "09-codebook"), ("history", "10-history"), ("findings", "11-findings"), ("data", "12-csv") })
        {
            await editor.GotoAsync($"{server.Address}/o/{O}/{path}");
            await Shot(editor, name);
        }
        await editor.GotoAsync(item);
        await Shot(editor, "13-item-editor-view");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Swarmscope.slnx"))) return dir.FullName;
        return Path.GetTempPath();
    }
}
