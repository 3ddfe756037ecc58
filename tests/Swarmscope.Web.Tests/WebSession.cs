using System.Net;
using System.Text.RegularExpressions;

namespace Swarmscope.Web.Tests;

/// <summary>One person's HTTP session with the workspace: cookies kept, redirects not followed, the CSRF token
/// read from the page the form is on, as a browser would.</summary>
public sealed partial class WebSession : IDisposable
{
    private readonly HttpClient _client;

    public WebSession(string address)
    {
        _client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
    }

    public static async Task<WebSession> LoginAsync(string address, string user, string password = WorkspaceServer.Password)
    {
        var s = new WebSession(address);
        var response = await s.PostAsync("/Account/Login", "/Account/Login", new() { ["UserName"] = user, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"log-in as {user} failed: {(int)response.StatusCode}");
        return s;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(path);

    public Task<HttpResponseMessage> PostMultipartAsync(string action, MultipartFormDataContent form) => _client.PostAsync(action, form);

    public async Task<string> GetStringAsync(string path)
    {
        var r = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return await r.Content.ReadAsStringAsync();
    }

    /// <summary>Posts a form to <paramref name="action"/> with the CSRF token of the page at <paramref name="pagePath"/> (none when null).</summary>
    public async Task<HttpResponseMessage> PostAsync(string? pagePath, string action, Dictionary<string, string> fields)
    {
        var values = new Dictionary<string, string>(fields);
        if (pagePath is not null) values["__RequestVerificationToken"] = Token(await _client.GetStringAsync(pagePath));
        return await _client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public static string Token(string html) =>
        TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no CSRF token on the page");

    /// <summary>The value of a hidden or text input named <paramref name="name"/> inside the form with data-testid <paramref name="form"/>.</summary>
    public static string InputValue(string html, string form, string name)
    {
        var start = html.IndexOf($"data-testid=\"{form}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no form {form}");
        var m = new Regex($"name=\"{name}\" value=\"([^\"]*)\"").Match(html, start);
        Assert.True(m.Success, $"no input {name} in {form}");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public void Dispose() => _client.Dispose();
}
