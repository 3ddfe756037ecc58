using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Swarmscope.Investigations;
using Swarmscope.Web;
using Swarmscope.Web.Data;

namespace Swarmscope.Cli;

/// <summary>`swarmscope serve`: the observatory workspace (web app) on 127.0.0.1 until Ctrl+C or SIGTERM.</summary>
public sealed class ServeCommand : Command<ServeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--db <FILE>")]
        [Description("SQLite file (default observatory.db), or a PostgreSQL connection string (\"Host=...;Database=...;Username=...\")")]
        public string Database { get; init; } = "observatory.db";

        [CommandOption("--port <N>")]
        [Description("port on 127.0.0.1 (default 5080; 0 picks a free one)")]
        public int Port { get; init; } = 5080;

        [CommandOption("--admin <NAME>")]
        [Description("user name of the first admin (default admin); its password is printed once, or read from SWARMSCOPE_ADMIN_PASSWORD")]
        public string Admin { get; init; } = "admin";

        [CommandOption("--no-demo")]
        [Description("do not create the demo observatory (Kazakhstan, after the Unfreedom Monitor report) in a new database")]
        public bool NoDemo { get; init; }

        public override ValidationResult Validate() =>
            Port is < 0 or > 65535 ? ValidationResult.Error($"--port must be a TCP port (0-65535), got {Port}") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        RunAsync(settings).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(Settings settings)
    {
        var options = new WorkspaceOptions
        {
            Database = settings.Database, Port = settings.Port, AdminName = settings.Admin,
            AdminPassword = Environment.GetEnvironmentVariable("SWARMSCOPE_ADMIN_PASSWORD") is { Length: > 0 } p ? p : null,
            Demo = !settings.NoDemo,
        };
        WebApp.Started started;
        try { started = await WebApp.StartAsync(options); }
        catch (IOException e) when (e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvestigationException($"port {settings.Port} on 127.0.0.1 is taken; choose another with --port");
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or InvalidOperationException)
        {
            throw new InvestigationException($"cannot open the workspace database ({WorkspaceDatabase.Describe(settings.Database)}): {e.Message}");
        }
        await using (started)
        {
            Terminal.Line($"Swarmscope workspace: {started.Address}  (database: {TerminalText.Safe(WorkspaceDatabase.Describe(settings.Database))})");
            if (started.CreatedAdminPassword is { } password && options.AdminPassword is null)
                Terminal.Line($"First admin created: user '{TerminalText.Safe(options.AdminName)}', password {password}  (shown once; change it on the Members page)");
            Terminal.Line("Press Ctrl+C to stop.");
            // The host's console lifetime turns Ctrl+C and SIGTERM into ApplicationStopping.
            var stopped = new TaskCompletionSource();
            using var registration = started.App.Lifetime.ApplicationStopping.Register(() => stopped.TrySetResult());
            await stopped.Task;
        }
        return CliApp.Success;
    }
}
