using Spectre.Console;
using Swarmscope.Web;
using Swarmscope.Web.Data;

namespace Swarmscope.Cli;

/// <summary>Starts the observatory workspace (web app) on 127.0.0.1 until Ctrl+C.</summary>
public sealed class ServeCommand : ICommand
{
    private static readonly string[] Known = ["db", "port", "admin", "no-demo", "findings", "help", "h"];

    public string Name => "serve";
    public string Summary => "start the observatory workspace (coding, review, agreement, charts) in the browser";
    public string Usage => """
        usage: swarmscope serve [--db FILE|CONNECTION] [--port N] [--admin NAME] [--no-demo] [--findings STORE.duckdb]
          --db       SQLite file (default observatory.db), or a PostgreSQL connection string ("Host=...;Database=...;Username=...")
          --port     port on 127.0.0.1 (default 5080; 0 picks a free one)
          --admin    user name of the first admin (default admin); the password is printed once when the admin is
                     created, or taken from SWARMSCOPE_ADMIN_PASSWORD
          --no-demo  do not create the demo observatory (Kazakhstan, after the Unfreedom Monitor report) in a new database
          --findings an investigation store whose findings the Findings page shows
        """;
    public IReadOnlyCollection<string> Flags => ["no-demo"];

    public async Task<int> RunAsync(CommandArgs args)
    {
        if (args.OptionNames.FirstOrDefault(o => !Known.Contains(o)) is { } unknown) throw new UsageException($"unknown option --{unknown}");
        var db = args.Get("db") ?? "observatory.db";
        var port = args.GetInt("port", 5080);
        if (port is < 0 or > 65535) throw new UsageException($"--port {port} is not a TCP port");
        var options = new WorkspaceOptions
        {
            Database = db, Port = port, AdminName = args.Get("admin") ?? "admin",
            AdminPassword = Environment.GetEnvironmentVariable("SWARMSCOPE_ADMIN_PASSWORD") is { Length: > 0 } p ? p : null,
            Demo = !args.Flag("no-demo"), InvestigationStore = args.Get("findings"),
        };
        WebApp.Started started;
        try { started = await WebApp.StartAsync(options); }
        catch (IOException e) when (e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            throw new UserFacingException($"port {port} on 127.0.0.1 is taken; choose another with --port");
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or InvalidOperationException)
        {
            throw new UserFacingException($"cannot open the workspace database ({WorkspaceDatabase.Describe(db)}): {e.Message}");
        }
        await using (started)
        {
            AnsiConsole.WriteLine($"Swarmscope workspace: {started.Address}  (database: {WorkspaceDatabase.Describe(db)})");
            if (started.CreatedAdminPassword is { } password && options.AdminPassword is null)
                AnsiConsole.WriteLine($"First admin created: user '{options.AdminName}', password {password}  (shown once; change it by adding the user again on the Members page)");
            AnsiConsole.WriteLine("Press Ctrl+C to stop.");
            // The host's console lifetime turns Ctrl+C and SIGTERM into ApplicationStopping.
            var stopped = new TaskCompletionSource();
            using var registration = started.App.Lifetime.ApplicationStopping.Register(() => stopped.TrySetResult());
            await stopped.Task;
        }
        return 0;
    }
}
