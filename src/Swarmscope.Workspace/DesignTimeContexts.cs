using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Swarmscope.Workspace;

/// <summary>What `dotnet ef migrations add NAME --context SqliteWorkspaceDbContext` builds the model with (no database is opened).</summary>
public sealed class SqliteDesignTimeContext : IDesignTimeDbContextFactory<SqliteWorkspaceDbContext>
{
    public SqliteWorkspaceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWorkspaceDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>What `dotnet ef migrations add NAME --context PostgresWorkspaceDbContext` builds the model with (no database is opened).</summary>
public sealed class PostgresDesignTimeContext : IDesignTimeDbContextFactory<PostgresWorkspaceDbContext>
{
    public PostgresWorkspaceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWorkspaceDbContext>().UseNpgsql("Host=127.0.0.1;Database=design_time").Options);
}
