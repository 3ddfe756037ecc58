using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Swarmscope.Observatory.Model;

namespace Swarmscope.Web.Tests;

/// <summary>The workspace's behaviour over HTTP; run once per database (SQLite and PostgreSQL test classes).</summary>
public static class WorkspaceScenarios
{
    private const int O = WorkspaceServer.Observatory;

    private static async Task<Coding> SubmittedCodingAsync(WorkspaceServer server, string coder, int itemId)
    {
        using var s = await WebSession.LoginAsync(server.Address, coder);
        var page = $"/o/{O}/items/{itemId}";
        await s.PostAsync(page, $"{page}?handler=Start", []);
        var html = await s.GetStringAsync(page);
        var version = WebSession.InputValue(html, "coding-form", "Version");
        var r = await s.PostAsync(page, $"{page}?handler=Code", new() { ["Version"] = version, ["submit"] = "true", ["f_civic_impact"] = "-2", ["f_frames"] = "best-leader" });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        return await server.WithDbAsync(async (db, _) => await db.Codings.AsNoTracking().SingleAsync(c => c.MediaItemId == itemId && c.CoderName == coder));
    }

    public static async Task Coder_cannot_approve(WorkspaceServer server)
    {
        var coding = await SubmittedCodingAsync(server, "coder1", server.HostileItemId);
        using var coder2 = await WebSession.LoginAsync(server.Address, "coder2");
        var r = await coder2.PostAsync($"/o/{O}/review", $"/o/{O}/review?handler=Approve", new() { ["CodingId"] = coding.Id.ToString() });
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        Assert.Contains("needs the editor role", WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync()));
        var after = await server.WithDbAsync(async (db, _) => await db.Codings.AsNoTracking().SingleAsync(c => c.Id == coding.Id));
        Assert.Equal(ReviewState.Submitted, after.State);

        using var editor = await WebSession.LoginAsync(server.Address, "editor1");
        var ok = await editor.PostAsync($"/o/{O}/review", $"/o/{O}/review?handler=Approve", new() { ["CodingId"] = coding.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(ReviewState.Approved, (await server.WithDbAsync(async (db, _) => await db.Codings.AsNoTracking().SingleAsync(c => c.Id == coding.Id))).State);
    }

    public static async Task Viewer_cannot_edit(WorkspaceServer server)
    {
        using var viewer = await WebSession.LoginAsync(server.Address, "viewer1");
        var html = await viewer.GetStringAsync($"/o/{O}/items");
        Assert.DoesNotContain("data-testid=\"row-save\"", html);
        var r = await viewer.PostAsync($"/o/{O}/items", $"/o/{O}/items?handler=Row", new() { ["Id"] = "1", ["Version"] = "1", ["Title"] = "defaced" });
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        var start = await viewer.PostAsync($"/o/{O}/items/1", $"/o/{O}/items/1?handler=Start", []);
        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
        var title = await server.WithDbAsync(async (db, _) => (await db.MediaItems.AsNoTracking().SingleAsync(m => m.Id == 1)).Title);
        Assert.NotEqual("defaced", title);
    }

    public static async Task Script_in_post_text_shows_as_text(WorkspaceServer server)
    {
        using var editor = await WebSession.LoginAsync(server.Address, "editor1");
        var html = await editor.GetStringAsync($"/o/{O}/items/{server.HostileItemId}");
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("Hostile <b>post</b>", html);
        Assert.Contains("&lt;script&gt;", html);
        var grid = await editor.GetStringAsync($"/o/{O}/items");
        Assert.DoesNotContain("<b>post</b>", grid);
        var csv = await editor.GetStringAsync($"/o/{O}/data?handler=Export&table=items");
        Assert.Contains(",<script>alert('xss')</script> & <img src=x onerror=alert(1)>,", csv);   // CSV keeps the text as it was; it is data, not HTML
    }

    public static async Task Forged_form_without_csrf_token_is_refused(WorkspaceServer server)
    {
        using var editor = await WebSession.LoginAsync(server.Address, "editor1");
        var html = await editor.GetStringAsync($"/o/{O}/items");
        var r = await editor.PostAsync(null, $"/o/{O}/items?handler=Row", new() { ["Id"] = "2", ["Version"] = "1", ["Title"] = "forged" });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var forgedLogin = await new WebSession(server.Address).PostAsync(null, "/Account/Login", new() { ["UserName"] = "editor1", ["Password"] = WorkspaceServer.Password });
        Assert.Equal(HttpStatusCode.BadRequest, forgedLogin.StatusCode);
        Assert.NotEqual("forged", await server.WithDbAsync(async (db, _) => (await db.MediaItems.AsNoTracking().SingleAsync(m => m.Id == 2)).Title));
        Assert.Contains("__RequestVerificationToken", html);
    }

    public static async Task Simultaneous_saves_do_not_overwrite(WorkspaceServer server)
    {
        using var a = await WebSession.LoginAsync(server.Address, "editor1");
        using var b = await WebSession.LoginAsync(server.Address, "coder1");
        var page = $"/o/{O}/items/3";
        var versionA = WebSession.InputValue(await a.GetStringAsync(page), "item-form", "Version");
        var versionB = WebSession.InputValue(await b.GetStringAsync(page), "item-form", "Version");
        Assert.Equal(versionA, versionB);
        var first = await a.PostAsync(page, $"{page}?handler=Item", new() { ["Version"] = versionA, ["Title"] = "Title saved first" });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await b.PostAsync(page, $"{page}?handler=Item", new() { ["Version"] = versionB, ["Title"] = "Title saved second" });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var body = WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync());
        Assert.Contains("editor1 saved this record", body);
        Assert.Contains("Title saved first", body);
        Assert.Contains("Title saved second", body);
        Assert.Equal("Title saved first", await server.WithDbAsync(async (db, _) => (await db.MediaItems.AsNoTracking().SingleAsync(m => m.Id == 3)).Title));
    }

    public static async Task Blind_coding_is_hidden_until_both_submitted(WorkspaceServer server)
    {
        await SubmittedCodingAsync(server, "coder1", server.BlindItemId);
        using var coder2 = await WebSession.LoginAsync(server.Address, "coder2");
        var before = await coder2.GetStringAsync($"/o/{O}/items/{server.BlindItemId}");
        Assert.Contains("data-testid=\"blind-note\"", before);
        Assert.DoesNotContain("data-testid=\"other-coding\"", before);
        var api = await coder2.GetStringAsync($"/api/o/{O}/codings");
        Assert.DoesNotContain("\"coder\":\"coder1\"", api.Replace(" ", ""));
        await SubmittedCodingAsync(server, "coder2", server.BlindItemId);
        var after = await coder2.GetStringAsync($"/o/{O}/items/{server.BlindItemId}");
        Assert.Contains("data-testid=\"other-coding\"", after);
    }

    public static async Task History_records_and_restores(WorkspaceServer server)
    {
        using var editor = await WebSession.LoginAsync(server.Address, "editor1");
        var page = $"/o/{O}/items/4";
        var version = WebSession.InputValue(await editor.GetStringAsync(page), "item-form", "Version");
        var original = await server.WithDbAsync(async (db, _) => (await db.MediaItems.AsNoTracking().SingleAsync(m => m.Id == 4)).Title);
        await editor.PostAsync(page, $"{page}?handler=Item", new() { ["Version"] = version, ["Title"] = "A mistaken title" });
        var change = await server.WithDbAsync(async (db, _) => await db.Changes.AsNoTracking().Where(c => c.EntityType == "MediaItem" && c.EntityId == "4" && c.Field == "Title").OrderByDescending(c => c.Id).FirstAsync());
        Assert.Equal((original, "A mistaken title", "editor1"), (change.OldValue, change.NewValue, change.UserName));
        var r = await editor.PostAsync($"/o/{O}/history", $"/o/{O}/history?handler=Restore", new() { ["ChangeId"] = change.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal(original, await server.WithDbAsync(async (db, _) => (await db.MediaItems.AsNoTracking().SingleAsync(m => m.Id == 4)).Title));
    }

    public static async Task Csv_round_trip_and_airtable_mapping(WorkspaceServer server)
    {
        using var editor = await WebSession.LoginAsync(server.Address, "editor1");
        var airtable = "Name,Link,Date,Platform,Notes\r\n\"Airtable row, with comma\",https://example.org/a,2022-11-15,facebook,some text\r\n";
        async Task<HttpResponseMessage> Import(string csv, string mapping)
        {
            var html = await editor.GetStringAsync($"/o/{O}/data");
            using var form = new MultipartFormDataContent
            {
                { new StringContent(WebSession.Token(html)), "__RequestVerificationToken" }, { new StringContent("items"), "Table" },
                { new StringContent(mapping), "Mapping" }, { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "File", "airtable.csv" },
            };
            return await editor.PostMultipartAsync($"/o/{O}/data?handler=Import", form);
        }
        var mapping = "title=Name, url=Link, published_on=Date, platform=Platform, text=Notes";
        Assert.Equal(HttpStatusCode.Redirect, (await Import(airtable, mapping)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Import(airtable, mapping)).StatusCode);   // idempotent
        var count = await server.WithDbAsync(async (db, _) => await db.MediaItems.CountAsync(m => m.Url == "https://example.org/a"));
        Assert.Equal(1, count);
        var bad = await Import("Name,Date\r\nx,not-a-date\r\n", "title=Name,published_on=Date");
        Assert.Equal(HttpStatusCode.Conflict, bad.StatusCode);
        Assert.Contains("airtable.csv, line 2, column Date", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()));
        var export = await editor.GetStringAsync($"/o/{O}/data?handler=Export&table=items");
        Assert.Contains("\"Airtable row, with comma\",https://example.org/a,,2022-11-15,facebook", export);
    }

    public static async Task Agreement_api_reports_alpha(WorkspaceServer server)
    {
        using var viewer = await WebSession.LoginAsync(server.Address, "viewer1");
        using var doc = JsonDocument.Parse(await viewer.GetStringAsync($"/api/o/{O}/agreement"));
        var civic = doc.RootElement.EnumerateArray().Single(f => f.GetProperty("field").GetString() == "civic_impact");
        Assert.Equal("ordinal", civic.GetProperty("level").GetString());
        Assert.True(civic.GetProperty("alpha").GetDouble() is > 0 and <= 1);
        var frames = doc.RootElement.EnumerateArray().Single(f => f.GetProperty("field").GetString() == "frames");
        Assert.Equal("set", frames.GetProperty("level").GetString());
    }
}
