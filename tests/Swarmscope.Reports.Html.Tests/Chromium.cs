using Microsoft.Playwright;

namespace Swarmscope.Reports.Html.Tests;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium) driven by Playwright with ExecutablePath set: Playwright never downloads a
/// browser here. One browser is shared by the tests of the <see cref="ChromiumCollection"/>.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";
    public static bool Available => File.Exists(ExecutablePath);

    public static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
        // WebGL on the CPU (SwiftShader): without a GPU, recent Chromium offers WebGL only when asked to.
        "--enable-unsafe-swiftshader",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IBrowser? _noWebGl;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not running");
    /// <summary>The same Chromium with WebGL switched off, as on a locked-down or very old machine.</summary>
    public IBrowser NoWebGlBrowser => _noWebGl ?? throw new InvalidOperationException("Chromium is not running");

    public async Task InitializeAsync()
    {
        if (!Available) return;
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await Launch(_playwright, Args);
        _noWebGl = await Launch(_playwright, [.. Args, "--disable-webgl", "--disable-webgl2", "--disable-3d-apis"]);
    }

    public static Task<IBrowser> Launch(IPlaywright playwright, IEnumerable<string> args) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = args.ToArray() });

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        if (_noWebGl is not null) await _noWebGl.CloseAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(nameof(ChromiumCollection))]
public sealed class ChromiumCollection : ICollectionFixture<Chromium>;

/// <summary>A test that needs Debian's Chromium; skipped, saying how to get it, when it is absent.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.Available) Skip = $"needs Debian's Chromium at {Chromium.ExecutablePath} (apt-get install chromium; .ci/run installs it)";
    }
}
