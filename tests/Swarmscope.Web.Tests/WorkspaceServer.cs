using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Swarmscope.Observatory.Model;
using Swarmscope.Workspace;

namespace Swarmscope.Web.Tests;

/// <summary>The real web app on a free port of 127.0.0.1 over a fresh database, with the demo observatory and one
/// member per role (password <see cref="Password"/>), and a test item with hostile text.</summary>
public sealed class WorkspaceServer : IAsyncDisposable
{
    public const string Password = "correct-horse-battery";
    public const int Observatory = 1;
    public required TestDatabase Database { get; init; }
    public required WebApp.Started Started { get; init; }
    public string Address => Started.Address;
    public int HostileItemId { get; private set; }
    public int BlindItemId { get; private set; }

    public static async Task<WorkspaceServer> StartAsync(TestDatabase database)
    {
        var started = await WebApp.StartAsync(new WorkspaceOptions { Database = database.Connection, Port = 0, AdminPassword = Password, LoginAttemptsPerMinute = 1000 });
        var server = new WorkspaceServer { Database = database, Started = started };
        await server.SeedAsync();
        return server;
    }

    public async Task<T> WithDbAsync<T>(Func<WorkspaceDbContext, IServiceProvider, Task<T>> body)
    {
        using var scope = Started.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkspaceDbContext>();
        db.ActingUserOverride = "test";
        return await body(db, scope.ServiceProvider);
    }

    private async Task SeedAsync()
    {
        await WithDbAsync(async (db, services) =>
        {
            var users = services.GetRequiredService<UserManager<IdentityUser>>();
            var workspace = services.GetRequiredService<ObservatoryWorkspace>();
            var admin = await users.FindByNameAsync("admin") ?? throw new InvalidOperationException("no first admin");
            var acting = new ActingMember(Observatory, admin.Id, admin.UserName!, ObservatoryRole.Admin);
            foreach (var (name, role) in new[] { ("coder1", ObservatoryRole.Coder), ("coder2", ObservatoryRole.Coder), ("editor1", ObservatoryRole.Editor), ("viewer1", ObservatoryRole.Viewer) })
                await workspace.SetMemberAsync(acting, name, Password, role);
            var incident = await db.Incidents.FirstAsync();
            var hostile = new MediaItem { ObservatoryId = Observatory, Title = "Hostile <b>post</b>", Text = "<script>alert('xss')</script> & <img src=x onerror=alert(1)>", Platform = "telegram", IncidentIds = [incident.Id] };
            var blind = new MediaItem { ObservatoryId = Observatory, Title = "Blind sample: templated praise", Text = "I made a choice for the new Kazakhstan", Platform = "vk", MediaType = "post", PublishedOn = new DateOnly(2022, 11, 12), IncidentIds = [incident.Id] };
            db.MediaItems.AddRange(hostile, blind);
            await db.SaveChangesAsync();
            var coder1 = await users.FindByNameAsync("coder1");
            var coder2 = await users.FindByNameAsync("coder2");
            db.Assignments.AddRange(
                new Assignment { ObservatoryId = Observatory, MediaItemId = blind.Id, CoderId = coder1!.Id, Blind = true },
                new Assignment { ObservatoryId = Observatory, MediaItemId = blind.Id, CoderId = coder2!.Id, Blind = true });
            await db.SaveChangesAsync();
            HostileItemId = hostile.Id;
            BlindItemId = blind.Id;
            return 0;
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Started.DisposeAsync();
        Database.Dispose();
    }
}
