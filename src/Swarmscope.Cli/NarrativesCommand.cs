using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Swarmscope.Investigations;

namespace Swarmscope.Cli;

/// <summary>
/// `swarmscope narratives`: the <see cref="RunNarratives"/> use case (clusters of the latest stored detection run unless
/// --run, --clusters or --no-clusters says otherwise; the run is stored) with a summary of the largest templates.
/// </summary>
public sealed class NarrativesCommand : Command<NarrativesCommand.Settings>
{
    public sealed class Settings : OutputSettings
    {
        [CommandOption("--db <FILE>")]
        [Description("the investigation file (DuckDB); the run and its findings are stored in it")]
        public string? Database { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("also write the stored run's files here: templates.csv, activity.csv, targets.csv, stance.csv, flips.csv, " +
                     "swarms.csv, frames.csv, frame_posts.csv (the files 'swarmscope export --run ID' writes later)")]
        public string? Out { get; init; }

        [CommandOption("--run <ID>")]
        [Description("take the clusters of this stored detection run (see 'swarmscope runs'); default: the latest detection run")]
        public long? Run { get; init; }

        [CommandOption("--clusters <FILE>")]
        [Description("take the clusters from a clusters.csv instead (e.g. of another investigation)")]
        public string? Clusters { get; init; }

        [CommandOption("--no-clusters")]
        [Description("no cluster-level results (stance, activity and flips of clusters), even when a detection run is stored")]
        public bool NoClusters { get; init; }

        [CommandOption("--codebook <FILE>")]
        [Description("narrative frames with key phrases (YAML, docs/codebook.md)")]
        public string? Codebook { get; init; }

        [CommandOption("--watchlist <FILE>")]
        [Description("names to follow in any script (YAML, docs/narratives.md)")]
        public string? Watchlist { get; init; }

        [CommandOption("--lexicon <FILE>")]
        [Description("extra stance phrases, one 'phrase<TAB>+1' or 'phrase<TAB>-1' per line")]
        public string? Lexicon { get; init; }

        [CommandOption("--period <PERIOD>")]
        [Description("period of group stance and flips: month (default) or week")]
        public string? Period { get; init; }

        [CommandOption("--min-posts <N>")]
        [Description("posts a template needs (default 3)")]
        public int? MinPosts { get; init; }

        public override ValidationResult Validate() => Checks.All(
            Checks.Required(Database, "--db", "the investigation file to analyse, e.g. --db inv.duckdb"),
            Checks.OneOf(Period, "--period", "month", "week"),
            Checks.AtLeast(MinPosts, 2, "--min-posts"),
            Checks.AtLeast(Run, 1, "--run"),
            (Run is null ? 0 : 1) + (Clusters is null ? 0 : 1) + (NoClusters ? 1 : 0) > 1 ? ValidationResult.Error(Messages.OneClusterSource) : ValidationResult.Success());
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var request = new NarrativesRequest
        {
            Database = settings.Database!,
            OutFolder = settings.Out,
            DetectionRunId = settings.Run,
            ClustersFile = settings.Clusters,
            NoClusters = settings.NoClusters,
            CodebookFile = settings.Codebook,
            WatchlistFile = settings.Watchlist,
            LexiconFile = settings.Lexicon,
            Weekly = string.Equals(settings.Period, "week", StringComparison.OrdinalIgnoreCase),
            MinTemplatePosts = settings.MinPosts ?? 3,
        };
        var r = new RunNarratives().Run(request, new CliEvents(settings.Quiet), cancellationToken);
        if (settings.Json) { CliJson.Write(r); return CliApp.Success; }
        if (settings.Quiet) return CliApp.Success;
        var ci = CultureInfo.InvariantCulture;
        var clusters = r.Clusters switch
        {
            "run" => $"{r.ClusteredAccounts:N0} in clusters of detection run {r.DetectionRunId}",
            "file" => $"{r.ClusteredAccounts:N0} in clusters of the clusters file",
            _ => "no clusters",
        };
        Terminal.Out.MarkupLine($"analysed [bold]{r.Posts:N0}[/] posts by [bold]{r.Accounts:N0}[/] accounts ({clusters}) in {r.Seconds:0.0} s");
        Terminal.Out.MarkupLine($"[bold]{r.Templates:N0}[/] templates, {r.DormantPeriods:N0} dormant periods ({r.Reactivations:N0} reactivations), {r.Targets:N0} targets, " +
                                $"{r.Flips:N0} stance flips, {r.Swarms:N0} attack swarms" +
                                (r.Codebook is null ? "" : $", {r.FrameAssignments:N0} frame assignments (codebook {Markup.Escape(TerminalText.Safe(r.Codebook))})"));
        if (r.TopTemplates.Count > 0)
        {
            var table = new Table().AddColumns("template", "posts", "accounts", "clusters", "first – last seen", "text");
            foreach (var t in r.TopTemplates)
                table.AddRow(t.Id.ToString(ci), t.Posts.ToString("N0", ci), t.Accounts.ToString("N0", ci), string.Join(", ", t.Clusters),
                    $"{t.FirstSeen:yyyy-MM-dd} – {t.LastSeen:yyyy-MM-dd}", Markup.Escape(Shorten(TerminalText.Safe(t.Text), 90)));
            Terminal.Out.Write(table);
        }
        Terminal.Out.MarkupLine($"stored as run [bold]{r.RunId}[/] (see 'swarmscope runs'; 'swarmscope export --run {r.RunId}' writes its files)");
        if (r.OutFolder is not null) Terminal.Out.MarkupLine($"files in {Markup.Escape(TerminalText.Safe(r.OutFolder))}: {string.Join(", ", RunNarratives.Files)}");
        return CliApp.Success;
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
