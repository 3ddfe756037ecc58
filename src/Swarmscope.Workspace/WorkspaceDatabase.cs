using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Swarmscope.Workspace;

/// <summary>
/// One code path, two databases: a connection string with "Host=" is PostgreSQL (Npgsql), anything else SQLite.
/// A bare file path is taken as a SQLite file.
/// </summary>
public static class WorkspaceDatabase
{
    public static bool IsPostgres(string connection) =>
        connection.Contains("Host=", StringComparison.OrdinalIgnoreCase) || connection.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the workspace is a SQLite file given by its path (not a connection string).</summary>
    public static bool IsFilePath(string connectionOrPath) => !IsPostgres(connectionOrPath) && !connectionOrPath.Contains('=');

    public static string Normalize(string connectionOrPath) =>
        IsFilePath(connectionOrPath) ? $"Data Source={connectionOrPath}" : connectionOrPath;

    /// <summary>Registers <see cref="WorkspaceDbContext"/> (the provider's subclass) and <see cref="ObservatoryWorkspace"/> per request.</summary>
    public static void Register(IServiceCollection services, string connectionOrPath)
    {
        var connection = Normalize(connectionOrPath);
        if (IsPostgres(connection)) services.AddDbContext<WorkspaceDbContext, PostgresWorkspaceDbContext>(o => o.UseNpgsql(connection));
        else services.AddDbContext<WorkspaceDbContext, SqliteWorkspaceDbContext>(o => o.UseSqlite(connection));
        services.AddScoped<ObservatoryWorkspace>();
    }

    /// <summary>A context outside dependency injection (command-line tools, tests).</summary>
    public static WorkspaceDbContext Open(string connectionOrPath, ICurrentUserName? user = null)
    {
        var connection = Normalize(connectionOrPath);
        return IsPostgres(connection)
            ? new PostgresWorkspaceDbContext(new DbContextOptionsBuilder<PostgresWorkspaceDbContext>().UseNpgsql(connection).Options, user)
            : new SqliteWorkspaceDbContext(new DbContextOptionsBuilder<SqliteWorkspaceDbContext>().UseSqlite(connection).Options, user);
    }

    /// <summary>A safe description for logs and the console: never the password.</summary>
    public static string Describe(string connectionOrPath)
    {
        var connection = Normalize(connectionOrPath);
        if (!IsPostgres(connection)) return "SQLite " + connection["Data Source=".Length..];
        var parts = connection.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase));
        return "PostgreSQL " + string.Join(';', parts);
    }
}
