using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Swarmscope.Workspace;

/// <summary>
/// Brings a workspace database to the schema of this version (EF Core migrations, one set per provider), so a database
/// made by an earlier version keeps its data through an upgrade. A database created before migrations existed (by
/// EnsureCreated, the first release) has exactly the first migration's schema: it is recorded as such, then upgraded.
/// A database already migrated by a newer version is refused rather than touched.
/// </summary>
public static class WorkspaceSchema
{
    /// <summary>Thrown when the database was upgraded by a newer Swarmscope than this one.</summary>
    public sealed class TooNewException(string message) : Exception(message);

    public static async Task UpgradeAsync(WorkspaceDbContext db, CancellationToken cancellationToken = default)
    {
        var known = db.Database.GetMigrations().ToList();
        var history = db.GetService<IHistoryRepository>();
        var creator = db.GetService<IRelationalDatabaseCreator>();
        // Asked of the catalogue directly: Npgsql's IHistoryRepository.ExistsAsync answers true before the table exists.
        if (await creator.ExistsAsync(cancellationToken) && await creator.HasTablesAsync(cancellationToken) && !await HasTableAsync(db, HistoryRepository.DefaultTableName, cancellationToken))
        {
            if (!await HasTableAsync(db, "observatories", cancellationToken))
                throw new InvalidOperationException("the database has tables but is not a Swarmscope workspace (no 'observatories' table); give an empty or new database");
            await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(known[0], ProductInfo.GetVersion())), cancellationToken);
        }
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var unknown = applied.Except(known).ToList();
        if (unknown.Count > 0)
            throw new TooNewException($"the workspace database was upgraded by a newer Swarmscope (schema steps {string.Join(", ", unknown)} are unknown to this version); run that version, or restore a backup");
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>Schema steps this version knows and the database has not had yet.</summary>
    public static async Task<IReadOnlyList<string>> PendingAsync(WorkspaceDbContext db, CancellationToken cancellationToken = default) =>
        (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();

    private static async Task<bool> HasTableAsync(WorkspaceDbContext db, string table, CancellationToken cancellationToken)
    {
        var count = db.Database.IsSqlite()
            ? db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {table}")
            : db.Database.SqlQuery<int>($"SELECT COUNT(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = {table}");
        return await count.SingleAsync(cancellationToken) > 0;
    }
}
