namespace Swarmscope.Web.Tests;

/// <summary>A fact that needs a PostgreSQL server; skipped, saying why, when none answers (CI starts one).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.PostgresUnavailable is { } why)
            Skip = $"needs PostgreSQL at {TestDatabase.PostgresServer.Replace("Password=swarmscope", "Password=…")} (set SWARMSCOPE_TEST_POSTGRES; .ci/run starts one): {why}";
    }
}
