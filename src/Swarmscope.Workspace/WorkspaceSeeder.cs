using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Swarmscope.Core.Codebooks;
using Swarmscope.Observatory;
using Swarmscope.Observatory.Model;
using Swarmscope.Observatory.Workflow;

namespace Swarmscope.Workspace;

/// <summary>Brings the schema up to date, then creates the first admin and, in an empty database, the demo observatory.</summary>
public static class WorkspaceSeeder
{
    /// <summary>The demo's coders (coded every demo item; six items blind double-coded).</summary>
    public static readonly string[] DemoCoders = ["demo-coder-1", "demo-coder-2"];

    /// <summary>The log-ins this call created (print each password once): the first admin's, and the demo coders' when it made the demo.</summary>
    public static async Task<IReadOnlyList<CreatedLogin>> EnsureAsync(WorkspaceDbContext db, UserManager<IdentityUser> users, string adminName, string? adminPassword, bool demo)
    {
        await WorkspaceSchema.UpgradeAsync(db);
        db.ActingUserOverride = "setup";
        var created = new List<CreatedLogin>();
        var admin = await users.FindByNameAsync(adminName);
        if (admin is null)
        {
            var password = adminPassword ?? NewPassword();
            admin = new IdentityUser(adminName);
            var result = await users.CreateAsync(admin, password);
            if (!result.Succeeded) throw new InvalidOperationException("cannot create the admin: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            created.Add(new CreatedLogin(adminName, password, "admin"));
        }
        if (demo && !await db.Observatories.AnyAsync()) await SeedDemoAsync(db, users, admin, created);
        db.ActingUserOverride = null;
        return created;
    }

    public static string NewPassword() => "Ss-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y');

    /// <summary>The demo observatory: its codebook, incidents, items, and codings by two demo coders (blind
    /// double-coded where the demo gives a second coding); the first coder's codings are approved by the admin.</summary>
    public static async Task<ObservatorySpace> SeedDemoAsync(WorkspaceDbContext db, UserManager<IdentityUser> users, IdentityUser admin, List<CreatedLogin>? created = null)
    {
        var space = DemoObservatory.Space();
        db.Observatories.Add(space);
        await db.SaveChangesAsync();
        db.Memberships.Add(new Membership { ObservatoryId = space.Id, UserId = admin.Id, UserName = admin.UserName!, Role = ObservatoryRole.Admin });
        var codebook = new CodebookVersion
        {
            ObservatoryId = space.Id, Number = DemoObservatory.Codebook().Version, Text = DemoObservatory.CodebookText(),
            CreatedBy = admin.UserName!, CreatedAt = DateTimeOffset.UtcNow, Note = "demo codebook",
        };
        db.CodebookVersions.Add(codebook);
        var incidents = DemoObservatory.Incidents().Select(i => { i.ObservatoryId = space.Id; return i; }).ToList();
        db.Incidents.AddRange(incidents);
        var coders = new List<IdentityUser>();
        foreach (var name in DemoCoders)
        {
            var user = await users.FindByNameAsync(name);
            if (user is null)
            {
                // Each demo coder gets a random password, shown once like the admin's, so the demo can be tried as a coder.
                var password = NewPassword();
                user = new IdentityUser(name);
                var r = await users.CreateAsync(user, password);
                if (!r.Succeeded) throw new InvalidOperationException(string.Join(" ", r.Errors.Select(e => e.Description)));
                created?.Add(new CreatedLogin(name, password, "coder in the demo observatory"));
            }
            coders.Add(user);
            db.Memberships.Add(new Membership { ObservatoryId = space.Id, UserId = user.Id, UserName = name, Role = ObservatoryRole.Coder });
        }
        await db.SaveChangesAsync();
        var now = DateTimeOffset.UtcNow;
        foreach (var demo in DemoObservatory.Items())
        {
            var item = new MediaItem
            {
                ObservatoryId = space.Id, Title = demo.Title, Url = demo.Url, Author = demo.Author, PublishedOn = demo.PublishedOn,
                Platform = demo.Platform, MediaType = demo.MediaType, Language = demo.Language, Location = demo.Location, Text = demo.Text,
                IncidentIds = [incidents[demo.Incident].Id], Origin = "demo (Unfreedom Monitor, Kazakhstan)",
            };
            db.MediaItems.Add(item);
            await db.SaveChangesAsync();
            var blind = demo.SecondCoding is not null;
            var first = Coding(space.Id, item.Id, coders[0], codebook.Id, demo.Coding, now);
            ReviewWorkflow.Approve(first, admin.Id, admin.UserName!, ObservatoryRole.Admin, now);
            db.Codings.Add(first);
            db.Assignments.Add(new Assignment { ObservatoryId = space.Id, MediaItemId = item.Id, CoderId = coders[0].Id, Blind = blind });
            if (demo.SecondCoding is { } second)
            {
                db.Codings.Add(Coding(space.Id, item.Id, coders[1], codebook.Id, second, now));
                db.Assignments.Add(new Assignment { ObservatoryId = space.Id, MediaItemId = item.Id, CoderId = coders[1].Id, Blind = true });
            }
        }
        await db.SaveChangesAsync();
        return space;
    }

    private static Coding Coding(int observatory, int item, IdentityUser coder, int codebookVersion, Observatory.Demo.DemoCoding c, DateTimeOffset now)
    {
        var values = new Dictionary<string, List<string>>
        {
            ["themes"] = [.. c.Themes], ["frames"] = [.. c.Frames], ["civic_impact"] = [c.Civic.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            ["reactions"] = [c.Reactions], ["context"] = [c.Context], ["subtext"] = [c.Subtext], ["civic_impact_rationale"] = [c.Rationale],
        };
        if (c.Views is { } views) values["views"] = [views.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        return new Coding
        {
            ObservatoryId = observatory, MediaItemId = item, CoderId = coder.Id, CoderName = coder.UserName!, CodebookVersionId = codebookVersion,
            State = ReviewState.Submitted, SubmittedAt = now, UpdatedAt = now, Values = values,
        };
    }
}
