using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Swarmscope.Investigations;

namespace Swarmscope.Cli;

/// <summary>
/// `swarmscope score`: the <see cref="ScoreAccounts"/> use case with the top accounts and farms. Clusters come from the
/// latest stored detection run unless --run, --clusters or --no-clusters says otherwise; the score run is stored.
/// </summary>
public sealed class ScoreCommand : Command<ScoreCommand.Settings>
{
    public sealed class Settings : OutputSettings
    {
        [CommandOption("--db <FILE>")]
        [Description("the investigation file (DuckDB); the score run, with every account's signals and reasons, is stored in it")]
        public string? Database { get; init; }

        [CommandOption("--out <FILE>")]
        [Description("CSV of every account's score and reasons, best first")]
        public string? Out { get; init; }

        [CommandOption("--timezone <ZONE>")]
        [Description("zone for office-hours and rhythm signals, e.g. Asia/Almaty (default UTC)")]
        public string? TimeZone { get; init; }

        [CommandOption("--method <METHOD>")]
        [Description("robust (robust z-scores, default) or iforest (isolation forest)")]
        public string? Method { get; init; }

        [CommandOption("--seed <N>")]
        [Description("seed of the isolation forest (default 20221)")]
        public int? Seed { get; init; }

        [CommandOption("--model <FILE>")]
        [Description("a model trained with 'swarmscope train'")]
        public string? Model { get; init; }

        [CommandOption("--run <ID>")]
        [Description("take the clusters of this stored detection run (see 'swarmscope runs'); default: the latest detection run. " +
                     "Members get the coordination signal, clusters a farm likelihood")]
        public long? Run { get; init; }

        [CommandOption("--clusters <FILE>")]
        [Description("take the clusters from a clusters.csv instead (e.g. of another investigation)")]
        public string? Clusters { get; init; }

        [CommandOption("--no-clusters")]
        [Description("score without clusters (no coordination signal, no farm likelihoods)")]
        public bool NoClusters { get; init; }

        [CommandOption("--farms-out <FILE>")]
        [Description("where farm likelihoods go when there are clusters (default farms.csv beside --out)")]
        public string? FarmsOut { get; init; }

        [CommandOption("--photos <DIR>")]
        [Description("folder of profile photos, for the recycled-photo signal")]
        public string? Photos { get; init; }

        [CommandOption("--near-duplicates <FILE>")]
        [Description("CSV post_id,group of near-duplicate groups")]
        public string? NearDuplicates { get; init; }

        [CommandOption("--bursts <FILE>")]
        [Description("CSV of post ids that belong to bursts")]
        public string? Bursts { get; init; }

        [CommandOption("--top <N>")]
        [Description("accounts shown in the table (default 10)")]
        public int? Top { get; init; }

        public override ValidationResult Validate() => Checks.All(
            Checks.Required(Database, "--db", "the investigation file to score, e.g. --db inv.duckdb"),
            Checks.Required(Out, "--out", "the CSV to write the scores to, e.g. --out accounts.csv"),
            Checks.TimeZone(TimeZone),
            Checks.OneOf(Method, "--method", "robust", "iforest"),
            Checks.AtLeast(Top, 0, "--top"),
            Checks.AtLeast(Run, 1, "--run"),
            (Run is null ? 0 : 1) + (Clusters is null ? 0 : 1) + (NoClusters ? 1 : 0) > 1 ? ValidationResult.Error(Messages.OneClusterSource) : ValidationResult.Success());
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var request = new ScoreRequest
        {
            Database = settings.Database!,
            OutFile = settings.Out,
            TimeZone = Checks.Zone(settings.TimeZone),
            Method = string.Equals(settings.Method, "iforest", StringComparison.OrdinalIgnoreCase) ? ScoringMethod.IsolationForest : ScoringMethod.Robust,
            Seed = settings.Seed ?? 20221,
            ModelFile = settings.Model,
            DetectionRunId = settings.Run,
            ClustersFile = settings.Clusters,
            NoClusters = settings.NoClusters,
            FarmsFile = settings.FarmsOut,
            PhotoFolder = settings.Photos,
            NearDuplicatesFile = settings.NearDuplicates,
            BurstsFile = settings.Bursts,
        };
        var result = new ScoreAccounts().Run(request, new CliEvents(settings.Quiet), cancellationToken);
        if (settings.Json)
            CliJson.Write(new { result.RunId, result.DetectionRunId, result.MethodDescription, result.TimeZone, Accounts = result.Accounts.Take(settings.Top ?? 10), result.Farms, result.OutFile, result.FarmsFile });
        else if (!settings.Quiet) Print(result, settings.Top ?? 10);
        return CliApp.Success;
    }

    public static void Print(ScoreResult result, int top)
    {
        var ci = CultureInfo.InvariantCulture;
        Terminal.Out.MarkupLine($"Scored [bold]{result.Accounts.Count:N0}[/] accounts ({Markup.Escape(TerminalText.Safe(result.MethodDescription))}; time zone {Markup.Escape(result.TimeZone)}) → {Markup.Escape(TerminalText.Safe(result.OutFile ?? ""))}");
        var grid = new Table().AddColumns("#", "account", "score", "top reasons");
        for (var i = 0; i < Math.Min(top, result.Accounts.Count); i++)
        {
            var a = result.Accounts[i];
            grid.AddRow((i + 1).ToString(ci), Markup.Escape(TerminalText.Cell(a.Label, 40)), a.Score.ToString("0.00", ci), Markup.Escape(TerminalText.Safe(a.Reasons)));
        }
        Terminal.Out.Write(grid);
        if (result.Farms is { } farms)
        {
            Terminal.Out.MarkupLine($"Farm likelihood of {farms.Count:N0} clusters → {Markup.Escape(TerminalText.Safe(result.FarmsFile ?? ""))}");
            foreach (var f in farms.Take(5))
                Terminal.Out.MarkupLine($"  cluster {Markup.Escape(TerminalText.Safe(f.ClusterId))}: {f.Likelihood.ToString("0.00", ci)} — {Markup.Escape(TerminalText.Safe(f.Reasons))}");
        }
        Terminal.Out.MarkupLine($"stored as run [bold]{result.RunId}[/]" + (result.DetectionRunId is { } d ? $" (clusters of detection run {d})" : result.Farms is null ? " (no clusters)" : ""));
        Terminal.Out.MarkupLine("[grey]Scores are leads for human review, not verdicts. See docs/scoring.md.[/]");
    }
}
