using System.Net;

namespace Swarmscope.Web.Tests;

/// <summary>Log-in is rate-limited per client address: once the allowance is used, even the right password is
/// refused with 429 and a plain message, so guessing passwords cannot go faster than the limit.</summary>
public sealed class LoginRateLimitTests
{
    [Fact]
    public async Task Log_in_attempts_beyond_the_limit_are_refused()
    {
        const int limit = 4;
        using var database = TestDatabase.Sqlite();
        await using var started = await WebApp.StartAsync(new WorkspaceOptions
        {
            Database = database.Connection, Port = 0, AdminPassword = WorkspaceServer.Password, Demo = false, LoginAttemptsPerMinute = limit,
        });
        using var session = new WebSession(started.Address);
        var token = WebSession.Token(await session.GetStringAsync("/Account/Login"));   // the page itself counts: 1 of 4
        for (var attempt = 2; attempt <= limit; attempt++)
        {
            var wrong = await session.PostAsync(null, "/Account/Login", new() { ["UserName"] = "admin", ["Password"] = "wrong-guess-" + attempt, ["__RequestVerificationToken"] = token });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        var refused = await session.PostAsync(null, "/Account/Login", new() { ["UserName"] = "admin", ["Password"] = WorkspaceServer.Password, ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many log-in attempts", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, (await session.GetAsync("/Account/Login")).StatusCode);
    }
}
