using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Swarmscope.Investigations;
using Swarmscope.Web;

namespace Swarmscope.Cli;

/// <summary>`swarmscope serve`: the observatory workspace (web app) on 127.0.0.1 until Ctrl+C or SIGTERM.</summary>
public sealed class ServeCommand : Command<ServeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--db <FILE>")]
        [Description("investigation store (DuckDB) whose stored findings and reports the workspace shows, opened read-only")]
        public string? Database { get; init; }

        [CommandOption("--workspace <FILE>")]
        [Description("workspace database: a SQLite file (default observatory.db), or a PostgreSQL connection string (\"Host=...;Database=...;Username=...\")")]
        public string Workspace { get; init; } = "observatory.db";

        [CommandOption("--port <N>")]
        [Description("port on 127.0.0.1 (default 5080; 0 picks a free one)")]
        public int Port { get; init; } = 5080;

        [CommandOption("--admin <NAME>")]
        [Description("user name of the first admin (default admin); its password is printed once, or read from SWARMSCOPE_ADMIN_PASSWORD")]
        public string Admin { get; init; } = "admin";

        [CommandOption("--no-demo")]
        [Description("do not create the demo observatory (Kazakhstan, after the Unfreedom Monitor report) in a new database")]
        public bool NoDemo { get; init; }

        public override ValidationResult Validate()
        {
            if (Port is < 0 or > 65535) return ValidationResult.Error($"--port must be a TCP port (0-65535), got {Port}");
            if (string.IsNullOrWhiteSpace(Workspace)) return ValidationResult.Error("--workspace needs a file or a connection string");
            if (Database is { } db && !File.Exists(db)) return ValidationResult.Error($"--db {db}: no such investigation store (make one with 'swarmscope import FILES --db {db}')");
            // Before the workspace had --workspace, --db named its SQLite file: say so rather than fail inside DuckDB.
            if (Database is { } file && IsSqliteFile(file))
                return ValidationResult.Error($"--db {file} is a SQLite workspace database; --db names the investigation store (DuckDB). Give the workspace with --workspace {file}");
            return ValidationResult.Success();
        }

        private static bool IsSqliteFile(string path)
        {
            Span<byte> header = stackalloc byte[16];
            try
            {
                using var stream = File.OpenRead(path);
                return stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length && header.SequenceEqual("SQLite format 3\0"u8);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        RunAsync(settings).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(Settings settings)
    {
        var options = new WorkspaceOptions
        {
            Database = settings.Workspace, InvestigationStore = settings.Database, Port = settings.Port, AdminName = settings.Admin,
            AdminPassword = Environment.GetEnvironmentVariable("SWARMSCOPE_ADMIN_PASSWORD") is { Length: > 0 } p ? p : null,
            Demo = !settings.NoDemo,
        };
        WebApp.Started started;
        try { started = await WebApp.StartAsync(options); }
        catch (WebAppStartException e) { throw new InvestigationException(e.Message); }
        await using (started)
        {
            Terminal.Line($"Swarmscope workspace: {started.Address}  (database: {TerminalText.Safe(WebApp.Describe(settings.Workspace))})");
            if (settings.Database is { } store) Terminal.Line($"Findings from the investigation store {TerminalText.Safe(store)} (read-only)");
            foreach (var login in started.CreatedLogins)
            {
                // A password chosen through the environment is the user's own: not echoed.
                if (login.UserName == options.AdminName && options.AdminPassword is not null) continue;
                Terminal.Line($"Log-in created: user '{TerminalText.Safe(login.UserName)}' ({login.Role}), password {login.Password}  (shown once; an admin can set a new one on the Members page)");
            }
            Terminal.Line("Press Ctrl+C to stop.");
            // The host's console lifetime turns Ctrl+C and SIGTERM into ApplicationStopping.
            var stopped = new TaskCompletionSource();
            using var registration = started.App.Lifetime.ApplicationStopping.Register(() => stopped.TrySetResult());
            await stopped.Task;
        }
        return CliApp.Success;
    }
}
