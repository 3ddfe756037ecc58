using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Swarmscope.Investigations;

namespace Swarmscope.Cli;

/// <summary>`swarmscope demo`: the <see cref="RunDemo"/> use case, showing each step's result as it finishes, then what next.</summary>
public sealed class DemoCommand : Command<DemoCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--out <DIR>")]
        [Description("folder for the sample, the investigation (DIR/demo.duckdb, recreated) and the findings (default ./demo-out)")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var request = new DemoRequest(Path.GetFullPath(settings.Out ?? "demo-out"));
        new RunDemo().Run(request, new CliEvents(quiet: false, Show), cancellationToken);
        NextSteps(request);
        return CliApp.Success;
    }

    private static void Show(InvestigationEvent e)
    {
        switch (e)
        {
            case DemoStepStarted step:
                Terminal.Out.Write(new Rule($"[bold]{step.Number}/{step.Count}  {Markup.Escape(step.Title)}[/]").LeftJustified());
                break;
            case ImportPlanned planned:
                ImportCommand.PrintPlan(planned);
                break;
            case DemoStepFinished { Number: 1, SoFar: var r }:
                foreach (var f in r.SampleFiles) Terminal.Line($"  {f}");
                Terminal.Line($"  (invented data; planted farm accounts: {string.Join(", ", r.FarmAccounts)})");
                break;
            case DemoStepFinished { Number: 2, SoFar.Import: { } import }:
                ImportCommand.PrintSummary(import.Files, import.RejectedLogged, import.Seconds);
                break;
            case DemoStepFinished { Number: 3, SoFar.Statistics: { } stats }:
                StatsCommand.Print(stats);
                break;
            case DemoStepFinished { Number: 4, SoFar.Detection: { } detection }:
                DetectCommand.PrintSummary(detection);
                break;
            case DemoStepFinished { Number: 5, SoFar.Scores: { } scores }:
                ScoreCommand.Print(scores, 10);
                break;
            case DemoStepFinished { Number: 6, SoFar.Report: { } report }:
                ReportCommand.Print(report);
                break;
        }
    }

    private static void NextSteps(DemoRequest r)
    {
        var db = RelativeIfShorter(r.Database);
        Terminal.Out.Write(new Rule("[bold]next[/]").LeftJustified());
        Terminal.Line($"  {RelativeIfShorter(r.ReportFile)}              the report: open it in a browser (works offline; charts in report-charts/)");
        Terminal.Line($"  ./swarmscope stats --db {db} --json        the same counts as JSON");
        Terminal.Line($"  {RelativeIfShorter(r.Findings)}/evidence.jsonl  why each pair of accounts is linked (posts, times, shared objects)");
        Terminal.Line($"  {RelativeIfShorter(r.Findings)}/network.gexf    the network, opens in Gephi; clusters.csv lists members");
        Terminal.Line($"  {RelativeIfShorter(r.AccountsCsv)}           every account's score with its reasons");
        Terminal.Line("  ./swarmscope import YOUR_EXPORT.csv --db inv.duckdb   your own data (see ./swarmscope formats)");
        Terminal.Line($"  duckdb {db} \"SELECT account_id, count(*) FROM posts GROUP BY 1 ORDER BY 2 DESC LIMIT 10\"");
        Terminal.Line("  The store's tables are described in docs/store.md.");
    }

    private static string RelativeIfShorter(string path)
    {
        var rel = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return rel.Length < path.Length && !rel.StartsWith("..", StringComparison.Ordinal) ? rel : path;
    }
}
