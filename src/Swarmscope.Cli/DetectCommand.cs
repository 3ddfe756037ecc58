using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Swarmscope.Investigations;

namespace Swarmscope.Cli;

/// <summary>
/// `swarmscope detect`: the <see cref="DetectCoordination"/> use case with a summary of layers and clusters. The run
/// and its findings are stored in the investigation; --out also writes the files `swarmscope export` writes.
/// </summary>
public sealed class DetectCommand : Command<DetectCommand.Settings>
{
    public sealed class Settings : OutputSettings
    {
        [CommandOption("--db <FILE>")]
        [Description("the investigation file (DuckDB); the run and its findings are stored in it (see 'swarmscope runs')")]
        public string? Database { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("also write edges.csv, clusters.csv, evidence.jsonl, cluster_evidence.jsonl, network.graphml, network.gexf, summary.md here " +
                     "(the files 'swarmscope export --run ID' writes later)")]
        public string? Out { get; init; }

        [CommandOption("--behaviours|--behaviors <LIST>")]
        [Description("comma-separated behaviours, or all; default: all but copost. Known: corepost, coreply, coreplyaccount, colink, codomain, cohashtag, cohashtagseq, comention, sametext, neardup, coimage, copost, pool (posts from one pool of prepared texts: a group-level test)")]
        public string? Behaviours { get; init; }

        [CommandOption("--window <DURATION>")]
        [Description("co-action window: 500ms, 10s, 5m, 1h; or auto (time of the fastest 10% of repeats). Default 10m")]
        public string? Window { get; init; }

        [CommandOption("--pool-window <DURATION>")]
        [Description("the pool test's burst: a post counts when another account posted from the same pool within this time (default 1h)")]
        public string? PoolWindow { get; init; }

        [CommandOption("--fast-window <DURATION>")]
        [Description("optional second, faster window, counted separately")]
        public string? FastWindow { get; init; }

        [CommandOption("--min-participation <N>")]
        [Description("drop accounts with fewer than N actions on a behaviour first (default 2)")]
        public int? MinParticipation { get; init; }

        [CommandOption("--alpha <A>")]
        [Description("tolerated share of falsely flagged accounts, above 0 and at most 1; 1 turns the significance filter off (default 0.01)")]
        public double? Alpha { get; init; }

        [CommandOption("--min-weight <N>")]
        [Description("also require at least N shared objects per edge (default 1)")]
        public int? MinWeight { get; init; }

        [CommandOption("--percentile <P>")]
        [Description("also require edge weight at or above the P-th percentile (0-100) of its behaviour")]
        public double? Percentile { get; init; }

        [CommandOption("--seed <N>")]
        [Description("clustering seed (default 1)")]
        public int? Seed { get; init; }

        [CommandOption("--timezone <ZONE>")]
        [Description("zone for hour and weekday profiles, e.g. Asia/Almaty (default UTC)")]
        public string? TimeZone { get; init; }

        [CommandOption("--evidence <N>")]
        [Description("post pairs kept per edge as evidence, in the store and in evidence.jsonl (default 50; every pair is counted)")]
        public int? Evidence { get; init; }

        public override ValidationResult Validate() => Checks.All(
            Checks.Required(Database, "--db", "the investigation file to analyse, e.g. --db inv.duckdb"),
            Checks.List(Behaviours).FirstOrDefault(b => !DetectionChoices.IsBehaviour(b)) is { } unknown
                ? ValidationResult.Error($"--behaviours: {Messages.UnknownBehaviour(unknown, "all, " + string.Join(", ", DetectionChoices.Behaviours))}")
                : Behaviours is not null && Checks.List(Behaviours).Count == 0 ? ValidationResult.Error("--behaviours: give at least one behaviour")
                : ValidationResult.Success(),
            Checks.Duration(Window, "--window", allowAuto: true),
            Checks.Duration(FastWindow, "--fast-window"),
            Checks.Duration(PoolWindow, "--pool-window"),
            Checks.AtLeast(MinParticipation, 1, "--min-participation"),
            Checks.Between(Alpha, 0, 1, "--alpha", minExclusive: true),
            Checks.AtLeast(MinWeight, 1, "--min-weight"),
            Checks.Between(Percentile, 0, 100, "--percentile"),
            Checks.TimeZone(TimeZone),
            Checks.AtLeast(Evidence, 0, "--evidence"));
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var defaults = new DetectRequest { Database = "" };
        var auto = string.Equals(settings.Window, "auto", StringComparison.OrdinalIgnoreCase);
        long window = defaults.WindowMs, fast = 0;
        if (!auto && settings.Window is { } w) DetectionChoices.TryParseDuration(w, out window);
        if (settings.FastWindow is { } f) DetectionChoices.TryParseDuration(f, out fast);
        long poolWindow = defaults.PoolWindowMs;
        if (settings.PoolWindow is { } pw) DetectionChoices.TryParseDuration(pw, out poolWindow);
        var request = defaults with
        {
            Database = settings.Database!,
            OutFolder = settings.Out,
            Behaviours = settings.Behaviours is null ? null : Checks.List(settings.Behaviours),
            WindowMs = window,
            AutoWindow = auto,
            FastWindowMs = settings.FastWindow is null ? null : fast,
            PoolWindowMs = poolWindow,
            MinParticipation = settings.MinParticipation ?? defaults.MinParticipation,
            Alpha = settings.Alpha ?? defaults.Alpha,
            MinWeight = settings.MinWeight ?? defaults.MinWeight,
            Percentile = settings.Percentile,
            Seed = settings.Seed ?? defaults.Seed,
            TimeZone = Checks.Zone(settings.TimeZone),
            EvidencePerEdge = settings.Evidence ?? defaults.EvidencePerEdge,
        };
        var result = new DetectCoordination().Run(request, new CliEvents(settings.Quiet), cancellationToken);
        if (settings.Json) CliJson.Write(result);
        else if (!settings.Quiet) PrintSummary(result);
        return CliApp.Success;
    }

    internal static void PrintSummary(DetectResult result)
    {
        var ci = CultureInfo.InvariantCulture;
        Terminal.Out.MarkupLine($"analysed [bold]{result.Posts:N0}[/] posts by [bold]{result.Accounts:N0}[/] accounts in {result.Seconds:0.0} s");
        var layers = new Table().AddColumns("behaviour", "actions", "edges tested", "edges kept");
        foreach (var l in result.Layers)
            layers.AddRow(l.Behaviour, l.Actions.ToString("N0", ci), l.Tested.ToString("N0", ci), l.Kept.ToString("N0", ci));
        Terminal.Out.Write(layers);
        var folder = Markup.Escape(TerminalText.Safe(result.OutFolder ?? ""));
        Terminal.Out.MarkupLine($"stored as run [bold]{result.RunId}[/] (see 'swarmscope runs'; 'swarmscope export --run {result.RunId}' writes its files)");
        if (result.Clusters.Count == 0)
        {
            Terminal.Out.MarkupLine($"no coordinated pairs passed the filters (FDR alpha {result.Alpha.ToString(ci)})." + (result.OutFolder is null ? "" : $" Files written to {folder}"));
            return;
        }
        Terminal.Out.MarkupLine($"[bold]{result.FlaggedAccounts:N0}[/] accounts in [bold]{result.Clusters.Count:N0}[/] clusters, {result.Edges:N0} edges");
        var table = new Table().AddColumns("cluster", "size", "density", "behaviours", "active (UTC)", "top shared object", "example members");
        foreach (var s in result.Clusters.Take(10))
        {
            var top = s.TopObject is null ? "" : $"{s.TopObject} ({s.TopObjectMembers})";
            table.AddRow(
                s.Id.ToString(ci), s.Size.ToString(ci), s.Density.ToString("0.00", ci),
                Markup.Escape(string.Join(", ", s.Behaviours)),
                $"{s.FirstPost:yyyy-MM-dd} – {s.LastPost:yyyy-MM-dd}",
                Markup.Escape(TerminalText.Cell(top, 36)),
                Markup.Escape(TerminalText.Cell(string.Join(", ", s.Members.Take(2)), 30)));
        }
        Terminal.Out.Write(table);
        if (result.OutFolder is not null) Terminal.Out.MarkupLine($"files in {folder}: {string.Join(", ", result.Files)}");
    }
}
