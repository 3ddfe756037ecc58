using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Swarmscope.Observatory.Model;

namespace Swarmscope.Web.Tests;

/// <summary>Krippendorff's reference data stored as codings in the workspace database and read back through the
/// JSON API: the published alphas must survive the round trip on each database.</summary>
public static class AgreementReferenceScenario
{
    private static readonly double?[,] Krippendorff =
    {
        { 1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null },
        { 1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3 },
        { null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null },
        { 1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null },
    };

    private const string Codebook = """
        format: 1
        id: reference
        name: Reference data
        version: 1
        lists:
          level: {"1": one, "2": two, "3": three, "4": four, "5": five}
        scale: [{value: 1, label: a}, {value: 2, label: b}, {value: 3, label: c}, {value: 4, label: d}, {value: 5, label: e}]
        fields:
          - {key: kind, label: Kind, type: choice, list: level}
          - {key: impact, label: Impact, type: scale}
          - {key: reach, label: Reach, type: number}
          - {key: views, label: Views, type: count}
        """;

    public static async Task RunAsync(WorkspaceServer server)
    {
        var oid = await server.WithDbAsync(async (db, services) =>
        {
            var users = services.GetRequiredService<UserManager<IdentityUser>>();
            var space = new ObservatorySpace { Name = "Reference data" };
            db.Observatories.Add(space);
            await db.SaveChangesAsync();
            var version = new CodebookVersion { ObservatoryId = space.Id, Number = 1, Text = Codebook, CreatedBy = "test", CreatedAt = DateTimeOffset.UtcNow };
            db.CodebookVersions.Add(version);
            var viewer = await users.FindByNameAsync("viewer1");
            db.Memberships.Add(new Membership { ObservatoryId = space.Id, UserId = viewer!.Id, UserName = "viewer1", Role = ObservatoryRole.Viewer });
            var items = new List<MediaItem>();
            for (var u = 0; u < 12; u++) items.Add(new MediaItem { ObservatoryId = space.Id, Title = "unit " + (u + 1) });
            db.MediaItems.AddRange(items);
            await db.SaveChangesAsync();
            for (var c = 0; c < 4; c++)
                for (var u = 0; u < 12; u++)
                {
                    if (Krippendorff[c, u] is not { } v) continue;
                    var s = v.ToString(CultureInfo.InvariantCulture);
                    db.Codings.Add(new Coding
                    {
                        ObservatoryId = space.Id, MediaItemId = items[u].Id, CoderId = "ref-coder-" + c, CoderName = "coder " + (char)('A' + c),
                        CodebookVersionId = version.Id, State = ReviewState.Submitted, SubmittedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
                        Values = new() { ["kind"] = [s], ["impact"] = [s], ["reach"] = [s], ["views"] = [s] },
                    });
                }
            await db.SaveChangesAsync();
            return space.Id;
        });
        using var viewerSession = await WebSession.LoginAsync(server.Address, "viewer1");
        using var doc = JsonDocument.Parse(await viewerSession.GetStringAsync($"/api/o/{oid}/agreement"));
        var alpha = doc.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!, f => Math.Round(f.GetProperty("alpha").GetDouble(), 3));
        Assert.Equal(0.743, alpha["kind"]);
        Assert.Equal(0.815, alpha["impact"]);
        Assert.Equal(0.849, alpha["reach"]);
        Assert.Equal(0.797, alpha["views"]);
    }
}
