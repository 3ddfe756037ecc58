using Microsoft.Playwright;

namespace Swarmscope.Reports.Html.Tests;

/// <summary>A report opened in Chromium, with every script error and console error it produced.</summary>
internal sealed class ReportPage : IAsyncDisposable
{
    public IPage Page { get; }
    public List<string> Errors { get; } = [];
    public List<string> Requests { get; } = [];
    private readonly IBrowserContext _context;

    private ReportPage(IBrowserContext context, IPage page) { _context = context; Page = page; }

    public static async Task<ReportPage> OpenAsync(IBrowser browser, string htmlPath)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        var report = new ReportPage(context, page);
        page.PageError += (_, e) => report.Errors.Add("page error: " + e);
        page.Console += (_, m) => { if (m.Type == "error") report.Errors.Add("console error: " + m.Text); };
        page.Request += (_, r) => { if (!r.Url.StartsWith("file:", StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal)) report.Requests.Add(r.Url); };
        await page.GotoAsync(new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri);
        await page.WaitForFunctionAsync("document.body.dataset.ready === '1'", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        return report;
    }

    /// <summary>Screenshots go to TestResults/report-screenshots at the repository root (ignored by git).</summary>
    public static string ScreenshotPath(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Swarmscope.slnx"))) dir = dir.Parent;
        var folder = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "TestResults", "report-screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
