using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Swarmscope.Investigations;

namespace Swarmscope.Cli;

/// <summary>`swarmscope runs`: the <see cref="ListRuns"/> use case as a table or JSON. The store is opened read-only.</summary>
public sealed class RunsCommand : Command<RunsCommand.Settings>
{
    public sealed class Settings : OutputSettings
    {
        [CommandOption("--db <FILE>")]
        [Description("the investigation file (DuckDB); opened read-only")]
        public string? Database { get; init; }

        public override ValidationResult Validate() => Checks.Required(Database, "--db", "the investigation file whose runs to list, e.g. --db inv.duckdb");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var runs = new ListRuns().Run(new RunsRequest(settings.Database!), cancellationToken: cancellationToken);
        if (settings.Json) CliJson.Write(runs);
        else if (!settings.Quiet) Print(runs, settings.Database!);
        return CliApp.Success;
    }

    private static void Print(IReadOnlyList<RunOverview> runs, string db)
    {
        if (runs.Count == 0)
        {
            Terminal.Out.MarkupLine($"no runs stored in {Markup.Escape(TerminalText.Safe(db))} yet (run 'swarmscope detect --db {Markup.Escape(TerminalText.Safe(db))}')");
            return;
        }
        var ci = CultureInfo.InvariantCulture;
        var table = new Table().AddColumns("run", "kind", "status", "started (UTC)", "seconds", "posts", "accounts", "found", "uses run");
        foreach (var r in runs)
            table.AddRow(r.RunId.ToString(ci), Markup.Escape(TerminalText.Safe(r.Kind)), Markup.Escape(TerminalText.Safe(r.Status)),
                r.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", ci), r.Seconds.ToString("0.0", ci), r.InputPosts.ToString("N0", ci),
                r.InputAccounts.ToString("N0", ci), Markup.Escape(TerminalText.Safe(r.Found)), r.SourceRunId?.ToString(ci) ?? "");
        Terminal.Out.Write(table);
    }
}
