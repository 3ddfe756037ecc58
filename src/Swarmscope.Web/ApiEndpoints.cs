using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Swarmscope.Observatory.Agreement;
using Swarmscope.Observatory.Model;
using Swarmscope.Observatory.Workflow;
using Swarmscope.Web.Services;

namespace Swarmscope.Web;

/// <summary>Read-only JSON API under /api/o/{id}/..., with the same log-in, roles and blinding as the pages.
/// Changes go through the pages (forms with CSRF tokens) or CSV import.</summary>
internal static class ApiEndpoints
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup("/api/o/{oid:int}").RequireAuthorization();
        api.MapGet("/incidents", (int oid, HttpContext http, Workspace ws) => Guard(oid, http, ws, async _ =>
            Results.Json(await ws.Db.Incidents.Where(i => i.ObservatoryId == oid && !i.IsDeleted).OrderBy(i => i.Id).ToListAsync())));
        api.MapGet("/items", (int oid, HttpContext http, Workspace ws) => Guard(oid, http, ws, async _ =>
            Results.Json(await ws.Db.MediaItems.Where(i => i.ObservatoryId == oid && !i.IsDeleted).OrderBy(i => i.Id).ToListAsync())));
        api.MapGet("/codings", (int oid, HttpContext http, Workspace ws) => Guard(oid, http, ws, async role =>
        {
            var userId = CurrentUserName.Id(http.User)!;
            var codings = await ws.Db.Codings.Where(c => c.ObservatoryId == oid).OrderBy(c => c.Id).ToListAsync();
            var assignments = await ws.Db.Assignments.Where(a => a.ObservatoryId == oid).ToListAsync();
            var visible = codings.GroupBy(c => c.MediaItemId)
                .SelectMany(g => BlindCodingPolicy.Visible(userId, role, g.ToList(), assignments.Where(a => a.MediaItemId == g.Key).ToList()));
            return Results.Json(visible.Select(c => new { c.Id, c.MediaItemId, Coder = c.CoderName, State = c.State.ToString().ToLowerInvariant(), c.CodebookVersionId, c.Values, c.ReviewComment }));
        }));
        api.MapGet("/agreement", (int oid, HttpContext http, Workspace ws) => Guard(oid, http, ws, async _ =>
        {
            var (_, codebook) = await ws.CodebookAsync(oid);
            var report = AgreementReport.Compute(codebook, await ws.Db.Codings.Where(c => c.ObservatoryId == oid).ToListAsync());
            return Results.Json(report.Select(f => new
            {
                f.Field, f.Label, Level = f.Level.ToString().ToLowerInvariant(), Alpha = f.Alpha.Value, Items = f.Alpha.Units,
                Pairs = f.Pairs.Select(p => new { p.CoderA, p.CoderB, p.Items, Alpha = p.Alpha.Value, p.Kappa }),
            }));
        }));
        api.MapGet("/codebook", (int oid, HttpContext http, Workspace ws) => Guard(oid, http, ws, async _ =>
        {
            var (version, _) = await ws.CodebookAsync(oid);
            return Results.Json(new { version.Number, version.CreatedBy, version.CreatedAt, version.Text });
        }));
    }

    private static async Task<IResult> Guard(int oid, HttpContext http, Workspace ws, Func<ObservatoryRole, Task<IResult>> body)
    {
        var role = await ws.RoleAsync(oid, CurrentUserName.Id(http.User));
        if (role is null) return Results.Json(new { error = "not a member of this observatory" }, statusCode: 403);
        try { return await body(role.Value); }
        catch (WorkflowException e) { return Results.Json(new { error = e.Message }, statusCode: e.Forbidden ? 403 : 409); }
    }
}
