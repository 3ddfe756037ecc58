using Npgsql;

namespace Swarmscope.Web.Tests;

/// <summary>
/// A fresh workspace database for one test class: a SQLite file in a temp folder, or a new PostgreSQL database on
/// the server named by SWARMSCOPE_TEST_POSTGRES (default: 127.0.0.1:5432, user and password "swarmscope", as
/// .ci/run sets it up), dropped afterwards.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=swarmscope;Password=swarmscope;Database=postgres;Timeout=3";
    public static string PostgresServer => Environment.GetEnvironmentVariable("SWARMSCOPE_TEST_POSTGRES") is { Length: > 0 } s ? s : DefaultPostgres;

    private static readonly Lazy<string?> PostgresProblem = new(() =>
    {
        try
        {
            using var c = new NpgsqlConnection(PostgresServer);
            c.Open();
            return null;
        }
        catch (Exception e) { return e.Message; }
    });

    /// <summary>Why PostgreSQL tests cannot run here, or null when a server answers.</summary>
    public static string? PostgresUnavailable => PostgresProblem.Value;

    public string Connection { get; }
    public string Kind { get; }
    private readonly string? _folder;
    private readonly string? _pgName;

    private TestDatabase(string kind, string connection, string? folder, string? pgName) => (Kind, Connection, _folder, _pgName) = (kind, connection, folder, pgName);

    public static TestDatabase Sqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "swarmscope-web-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(folder);
        return new TestDatabase("sqlite", Path.Combine(folder, "workspace.db"), folder, null);
    }

    public static TestDatabase Postgres()
    {
        var name = "swarmscope_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var c = new NpgsqlConnection(PostgresServer))
        {
            c.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", c);
            cmd.ExecuteNonQuery();
        }
        var b = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name };
        return new TestDatabase("postgres", b.ConnectionString, null, name);
    }

    public void Dispose()
    {
        if (_folder is not null) try { Directory.Delete(_folder, true); } catch (IOException) { }
        if (_pgName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var c = new NpgsqlConnection(PostgresServer);
            c.Open();
            using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_pgName} WITH (FORCE)", c);
            cmd.ExecuteNonQuery();
        }
    }
}
