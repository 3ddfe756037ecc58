namespace Swarmscope.Web.Tests;

/// <summary>A browser test: needs Debian's Chromium at /usr/bin/chromium (and, with <see cref="Postgres"/>, a
/// PostgreSQL server); skipped, saying what is missing, otherwise. .ci/run installs both.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute(bool postgres = false)
    {
        if (!File.Exists(BrowserScenario.Chromium))
            Skip = $"needs Chromium at {BrowserScenario.Chromium} (apt-get install chromium; .ci/run does); Playwright is never let download its own";
        else if (postgres && TestDatabase.PostgresUnavailable is { } why)
            Skip = $"needs PostgreSQL (set SWARMSCOPE_TEST_POSTGRES; .ci/run starts one): {why}";
    }
}
