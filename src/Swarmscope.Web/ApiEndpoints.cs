using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Swarmscope.Observatory.Model;
using Swarmscope.Observatory.Workflow;
using Swarmscope.Web.Services;
using Swarmscope.Workspace;

namespace Swarmscope.Web;

/// <summary>Read-only JSON API under /api/o/{id}/..., with the same log-in, roles and blinding as the pages.
/// Changes go through the pages (forms with CSRF tokens) or CSV import.</summary>
internal static class ApiEndpoints
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/o/{oid:int}").RequireAuthorization();
        api.MapGet("/incidents", (int oid, HttpContext http, ObservatoryWorkspace ws) => Guard(oid, http, ws, async _ =>
            Results.Json(await ws.LiveIncidentsAsync(oid))));
        api.MapGet("/items", (int oid, HttpContext http, ObservatoryWorkspace ws) => Guard(oid, http, ws, async _ =>
            Results.Json(await ws.ItemsAsync(oid))));
        api.MapGet("/codings", (int oid, HttpContext http, ObservatoryWorkspace ws) => Guard(oid, http, ws, async member =>
        {
            var visible = await ws.VisibleCodingsAsync(member);
            return Results.Json(visible.Select(c => new { c.Id, c.MediaItemId, Coder = c.CoderName, State = c.State.ToString().ToLowerInvariant(), c.CodebookVersionId, c.Values, c.ReviewComment }));
        }));
        api.MapGet("/agreement", (int oid, HttpContext http, ObservatoryWorkspace ws) => Guard(oid, http, ws, async _ =>
        {
            var report = await ws.AgreementAsync(oid);
            return Results.Json(report.Select(f => new
            {
                f.Field, f.Label, Level = f.Level.ToString().ToLowerInvariant(), Alpha = f.Alpha.Value, Items = f.Alpha.Units,
                Pairs = f.Pairs.Select(p => new { p.CoderA, p.CoderB, p.Items, Alpha = p.Alpha.Value, p.Kappa }),
            }));
        }));
        api.MapGet("/codebook", (int oid, HttpContext http, ObservatoryWorkspace ws) => Guard(oid, http, ws, async _ =>
        {
            var (version, _) = await ws.CodebookAsync(oid);
            return Results.Json(new { version.Number, version.CreatedBy, version.CreatedAt, version.Text });
        }));
    }

    private static async Task<IResult> Guard(int oid, HttpContext http, ObservatoryWorkspace ws, Func<ActingMember, Task<IResult>> body)
    {
        var userId = CurrentUserName.Id(http.User)!;
        var role = await ws.RoleAsync(oid, userId);
        if (role is null) return Results.Json(new { error = "not a member of this observatory" }, statusCode: 403);
        try { return await body(new ActingMember(oid, userId, http.User.Identity!.Name!, role)); }
        catch (WorkflowException e) { return Results.Json(new { error = e.Message }, statusCode: e.Forbidden ? 403 : 409); }
    }
}
