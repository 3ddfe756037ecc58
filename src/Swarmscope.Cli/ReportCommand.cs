using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Swarmscope.Investigations;

namespace Swarmscope.Cli;

/// <summary>`swarmscope report`: the <see cref="BuildReport"/> use case; prints where the report and its charts went.</summary>
public sealed class ReportCommand : Command<ReportCommand.Settings>
{
    public sealed class Settings : OutputSettings
    {
        [CommandOption("--db <FILE>")]
        [Description("the investigation file (DuckDB) with a stored detection run; opened read-only")]
        public string? Database { get; init; }

        [CommandOption("--out <FILE>")]
        [Description("the HTML file to write; its charts (SVG and PNG) go into NAME-charts beside it")]
        public string? Out { get; init; }

        [CommandOption("--run <ID>")]
        [Description("the detection run to report (see 'swarmscope runs'); default: the latest")]
        public long? Run { get; init; }

        [CommandOption("--title <TEXT>")]
        [Description("the report's title (default: names the investigation and the run)")]
        public string? Title { get; init; }

        [CommandOption("--timezone <ZONE>")]
        [Description("zone of heat maps, timelines and shown times, e.g. Asia/Almaty (default: the detection run's zone)")]
        public string? TimeZone { get; init; }

        [CommandOption("--pseudonymize")]
        [Description("replace handles of accounts that are in no finding with stable pseudonyms, for publication")]
        public bool Pseudonymize { get; init; }

        public override ValidationResult Validate() => Checks.All(
            Checks.Required(Database, "--db", "the investigation file with a detection run, e.g. --db inv.duckdb"),
            Checks.Required(Out, "--out", "the HTML file to write, e.g. --out report.html"),
            Checks.TimeZone(TimeZone),
            Checks.AtLeast(Run, 1, "--run"));
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var request = new ReportRequest
        {
            Database = settings.Database!,
            OutFile = settings.Out,
            RunId = settings.Run,
            Title = settings.Title,
            TimeZone = Checks.Zone(settings.TimeZone),
            Pseudonymize = settings.Pseudonymize,
        };
        var result = new BuildReport().Run(request, new CliEvents(settings.Quiet), cancellationToken);
        if (settings.Json) CliJson.Write(result);
        else if (!settings.Quiet) Print(result);
        return CliApp.Success;
    }

    public static void Print(ReportResult r)
    {
        var scores = r.ScoreRunId is { } s ? $", scores of run {s}" : "";
        Terminal.Out.MarkupLine($"Report of detection run {r.RunId}{scores}: [bold]{r.Clusters:N0}[/] clusters, {r.Accounts:N0} accounts, {r.Links:N0} links, {r.EvidencePosts:N0} evidence posts; {r.Bytes / 1048576.0:0.0} MB in {r.Seconds:0.0} s");
        Terminal.Line($"  {TerminalText.Safe(r.OutFile ?? "")}");
        if (r.ChartFolder is not null) Terminal.Line($"  {TerminalText.Safe(r.ChartFolder)}{Path.DirectorySeparatorChar}  ({r.ChartFiles} charts as SVG and PNG)");
    }
}
