using Microsoft.EntityFrameworkCore;
using Swarmscope.Observatory.Model;
using Swarmscope.Workspace;

namespace Swarmscope.Web.Tests;

/// <summary>The workspace schema is brought up by migrations on both databases: a model change without its migration
/// fails here, a database made by the first release (EnsureCreated) keeps its data through the upgrade, and a database
/// upgraded by a newer version is refused untouched.</summary>
public static class SchemaScenarios
{
    public static void Model_has_a_migration_for_every_change(Func<TestDatabase> fresh)
    {
        using var database = fresh();
        using var db = WorkspaceDatabase.Open(database.Connection);
        Assert.False(db.Database.HasPendingModelChanges(),
            "the workspace model changed without a migration: add one for each database (docs/observatory.md, \"Schema changes\")");
    }

    public static async Task First_release_database_is_upgraded_keeping_its_data(Func<TestDatabase> fresh)
    {
        using var database = fresh();
        await using (var db = WorkspaceDatabase.Open(database.Connection))
        {
            db.ActingUserOverride = "first release";
            await db.Database.EnsureCreatedAsync();
            db.Observatories.Add(new ObservatorySpace { Name = "Made before migrations" });
            await db.SaveChangesAsync();
        }
        await using (var started = await WebApp.StartAsync(new WorkspaceOptions { Database = database.Connection, Port = 0, AdminPassword = WorkspaceServer.Password }))
        {
        }
        await using (var db = WorkspaceDatabase.Open(database.Connection))
        {
            Assert.Equal(["Made before migrations"], await db.Observatories.Select(o => o.Name).ToListAsync());   // no demo added to a database in use
            Assert.Empty(await WorkspaceSchema.PendingAsync(db));
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }
    }

    public static async Task Database_of_a_newer_version_is_refused(Func<TestDatabase> fresh)
    {
        using var database = fresh();
        var options = new WorkspaceOptions { Database = database.Connection, Port = 0, AdminPassword = WorkspaceServer.Password, Demo = false };
        await using (var started = await WebApp.StartAsync(options))
        {
        }
        await using (var db = WorkspaceDatabase.Open(database.Connection))
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('29991231000000_FromTheFuture', '99.0.0')");
        var e = await Assert.ThrowsAsync<WebAppStartException>(() => WebApp.StartAsync(options));
        Assert.Contains("newer Swarmscope", e.Message);
        Assert.Contains("29991231000000_FromTheFuture", e.Message);
    }
}
