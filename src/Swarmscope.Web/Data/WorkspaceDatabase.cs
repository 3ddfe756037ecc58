using Microsoft.EntityFrameworkCore;

namespace Swarmscope.Web.Data;

/// <summary>
/// One code path, two databases: a connection string with "Host=" is PostgreSQL (Npgsql), anything else SQLite.
/// A bare file path is taken as a SQLite file.
/// </summary>
public static class WorkspaceDatabase
{
    public static bool IsPostgres(string connection) =>
        connection.Contains("Host=", StringComparison.OrdinalIgnoreCase) || connection.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    public static string Normalize(string connectionOrPath) =>
        IsPostgres(connectionOrPath) || connectionOrPath.Contains('=') ? connectionOrPath : $"Data Source={connectionOrPath}";

    public static void Configure(DbContextOptionsBuilder options, string connectionOrPath)
    {
        var connection = Normalize(connectionOrPath);
        if (IsPostgres(connection)) options.UseNpgsql(connection);
        else options.UseSqlite(connection);
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
