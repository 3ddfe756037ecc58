using Spectre.Console;
using Spectre.Console.Cli;
using Swarmscope.Investigations;

namespace Swarmscope.Cli;

/// <summary>
/// The `swarmscope` command: one command class per job (each a thin shell over a use case of
/// Swarmscope.Investigations) and the one top-level handler that turns every failure into an exit code.
/// Exit codes: 0 success, 1 bad data or a failed run, 2 a wrong command line, 70 a bug (with a trace).
/// </summary>
public static class CliApp
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int Bug = 70;

    public static int Run(string[] args)
    {
        var app = new CommandApp();
        app.Configure(Configure);
        using var cancel = new CancellationTokenSource();
        // `import -` reads standard input; the parser would take a lone '-' for an option without a name.
        if (args.Length > 1 && args[0] == "import") args = [.. args.Select((a, i) => i > 0 && a == "-" ? "/dev/stdin" : a)];
        try
        {
            if (OptionValues.MissingValue(args, args.Length > 0 ? SettingsOf(args[0]) : null) is { } option)
                return Handle(new RequestException($"{option} needs a value"), args);
            return app.Run(args, cancel.Token);
        }
        catch (Exception e)
        {
            return Handle(e, args);
        }
    }

    /// <summary>The settings type of each command, for checks made before parsing.</summary>
    private static Type? SettingsOf(string command) => command switch
    {
        "demo" => typeof(DemoCommand.Settings),
        "import" => typeof(ImportCommand.Settings),
        "stats" => typeof(StatsCommand.Settings),
        "formats" => typeof(OutputSettings),
        "detect" => typeof(DetectCommand.Settings),
        "score" => typeof(ScoreCommand.Settings),
        "runs" => typeof(RunsCommand.Settings),
        "export" => typeof(ExportCommand.Settings),
        "report" => typeof(ReportCommand.Settings),
        "train" => typeof(TrainCommand.Settings),
        "simulate" => typeof(SimulateCommand.Settings),
        "narratives" => typeof(NarrativesCommand.Settings),
        "serve" => typeof(ServeCommand.Settings),
        _ => null,
    };

    private static void Configure(IConfigurator config)
    {
        config.SetApplicationName("swarmscope");
        config.Settings.Console = Terminal.Out;
        config.UseStrictParsing();
        config.PropagateExceptions();
        config.AddCommand<DemoCommand>("demo")
            .WithDescription("write the bundled sample, import it, find the planted farm (with evidence), score accounts and write the HTML report")
            .WithExample("demo").WithExample("demo", "--out", "demo-out");
        config.AddCommand<ImportCommand>("import")
            .WithDescription("import exports into an investigation (a DuckDB file)")
            .WithExample("import", "../shared/data/ira", "--db", "inv.duckdb")
            .WithExample("import", "posts.csv", "--db", "inv.duckdb", "--skip-bad", "rejected.csv", "--timezone", "Asia/Almaty");
        config.AddCommand<StatsCommand>("stats")
            .WithDescription("counts of posts and accounts by platform, kind and month")
            .WithExample("stats", "--db", "inv.duckdb", "--json");
        config.AddCommand<FormatsCommand>("formats")
            .WithDescription("list the import formats and how each is recognised")
            .WithExample("formats");
        config.AddCommand<DetectCommand>("detect")
            .WithDescription("find coordinated groups with evidence")
            .WithExample("detect", "--db", "inv.duckdb", "--out", "findings", "--timezone", "Asia/Almaty")
            .WithExample("detect", "--db", "inv.duckdb", "--out", "findings", "--behaviours", "corepost,sametext", "--window", "auto");
        config.AddCommand<ScoreCommand>("score")
            .WithDescription("score accounts for signs of inauthenticity, with reasons (clusters: the latest stored detection run)")
            .WithExample("score", "--db", "inv.duckdb", "--out", "accounts.csv")
            .WithExample("score", "--db", "inv.duckdb", "--out", "accounts.csv", "--run", "3", "--timezone", "Asia/Almaty");
        config.AddCommand<RunsCommand>("runs")
            .WithDescription("list the analysis runs stored in an investigation")
            .WithExample("runs", "--db", "inv.duckdb")
            .WithExample("runs", "--db", "inv.duckdb", "--json");
        config.AddCommand<ExportCommand>("export")
            .WithDescription("write the files of a stored detection run (CSV, JSONL evidence, GraphML, GEXF, summary.md)")
            .WithExample("export", "--db", "inv.duckdb", "--out", "findings")
            .WithExample("export", "--db", "inv.duckdb", "--run", "3", "--out", "cluster0", "--cluster", "0", "--evidence", "5");
        config.AddCommand<ReportCommand>("report")
            .WithDescription("write a stored detection run as one self-contained HTML report (charts as SVG and PNG beside it)")
            .WithExample("report", "--db", "inv.duckdb", "--out", "report.html")
            .WithExample("report", "--db", "inv.duckdb", "--out", "report.html", "--run", "3", "--timezone", "Asia/Almaty", "--pseudonymize");
        config.AddCommand<TrainCommand>("train")
            .WithDescription("train a supervised account model from labels")
            .WithExample("train", "--labels", "labels.csv", "--db", "inv.duckdb", "--out", "model.json");
        config.AddCommand<NarrativesCommand>("narratives")
            .WithDescription("templates, frames, targets and stance, flips, attack swarms, on/off periods")
            .WithExample("narratives", "--db", "inv.duckdb", "--out", "narratives");
        config.AddCommand<SimulateCommand>("simulate")
            .WithDescription("write synthetic data with planted coordinated groups and truth.csv")
            .WithExample("simulate", "--out", "sim", "--seed", "1", "--scale", "small");
        config.AddCommand<ServeCommand>("serve")
            .WithDescription("start the observatory workspace (coding, review, agreement, charts) on 127.0.0.1")
            .WithExample("serve").WithExample("serve", "--db", "inv.duckdb", "--workspace", "team.db", "--port", "8080");
    }

    /// <summary>Spectre.Console.Cli names the type a value failed to convert to ("Nullable`1"), not the option: name the option instead.</summary>
    private static string UsageMessage(string message, string[] args)
    {
        var match = System.Text.RegularExpressions.Regex.Match(message, "^Failed to convert '(.*)' to ");
        if (!match.Success) return message;
        var value = match.Groups[1].Value;
        return OptionValues.OptionOf(args, value) is { } option
            ? $"{option} expects {OptionValues.Expected(SettingsOf(args[0]), option)}, got '{value}'"
            : $"'{value}' is not a valid value";
    }

    /// <summary>
    /// The one place failures end: expected ones (bad options, bad data, I/O, a locked or foreign store) as one line
    /// on standard error; anything else is a bug and shows its trace with a request to report it.
    /// </summary>
    public static int Handle(Exception e, string[] args)
    {
        switch (e)
        {
            case CommandAppException usage:
                Terminal.ErrorLine("error: " + TerminalText.Safe(UsageMessage(usage.Message.TrimEnd(), args)));
                Terminal.ErrorLine(args.Length > 0 && !args[0].StartsWith('-')
                    ? $"Run 'swarmscope {TerminalText.Safe(args[0])} --help' for its options and an example."
                    : "Run 'swarmscope --help' for the commands.");
                return Usage;
            case RequestException request:
                Terminal.ErrorLine("error: " + TerminalText.Safe(request.Message));
                return Usage;
            case InvestigationException failure:
                Terminal.ErrorLine("error: " + TerminalText.Safe(failure.Message));
                return Failed;
            case OperationCanceledException:
                Terminal.ErrorLine("stopped: nothing of the unfinished step was kept");
                return Failed;
            case IOException or UnauthorizedAccessException:
                // An I/O failure no use case turned into a message of its own still names what it could.
                Terminal.ErrorLine("error: " + TerminalText.Safe(e.Message));
                return Failed;
            default:
                Terminal.ErrorLine(e.ToString());
                Terminal.ErrorLine(Messages.ReportBug);
                return Bug;
        }
    }
}
