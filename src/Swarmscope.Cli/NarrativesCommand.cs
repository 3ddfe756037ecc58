using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Swarmscope.Investigations;

namespace Swarmscope.Cli;

/// <summary>`swarmscope narratives`: the <see cref="RunNarratives"/> use case with a summary of the largest templates.</summary>
public sealed class NarrativesCommand : Command<NarrativesCommand.Settings>
{
    public sealed class Settings : OutputSettings
    {
        [CommandOption("--db <FILE>")]
        [Description("the investigation file (DuckDB); opened read-only")]
        public string? Database { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("folder for templates.csv, activity.csv, targets.csv, stance.csv, flips.csv, swarms.csv, frames.csv, frame_posts.csv (default narratives-out)")]
        public string? Out { get; init; }

        [CommandOption("--clusters <FILE>")]
        [Description("clusters.csv of a detect run (accounts → clusters); without it there are no cluster-level results")]
        public string? Clusters { get; init; }

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
            Checks.AtLeast(MinPosts, 2, "--min-posts"));
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var request = new NarrativesRequest
        {
            Database = settings.Database!,
            OutFolder = settings.Out ?? "narratives-out",
            ClustersFile = settings.Clusters,
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
        Terminal.Out.MarkupLine($"analysed [bold]{r.Posts:N0}[/] posts by [bold]{r.Accounts:N0}[/] accounts ({r.ClusteredAccounts:N0} in detected clusters) in {r.Seconds:0.0} s");
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
        Terminal.Out.MarkupLine($"files in {Markup.Escape(TerminalText.Safe(r.OutFolder ?? ""))}: {string.Join(", ", RunNarratives.Files)}");
        return CliApp.Success;
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
