using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Swarmscope.Narratives;
using Swarmscope.Reports;
using Swarmscope.Signals;
using Swarmscope.Storage;

namespace Swarmscope.Cli;

public sealed class NarrativesCommand : ICommand
{
    private static readonly string[] Known = ["db", "out", "codebook", "watchlist", "lexicon", "clusters", "period", "min-posts"];

    public string Name => "narratives";
    public string Summary => "templates, frames, targets and stance, flips, attack swarms, on/off periods";
    public string Usage => """
        usage: swarmscope narratives --db FILE [--out DIR] [--clusters clusters.csv] [--codebook FILE] [--watchlist FILE]
                                     [--lexicon FILE] [--period month|week] [--min-posts 3]
          --clusters FILE   clusters.csv of a detect run (accounts → clusters); without it, no cluster-level results
          --codebook FILE   frames with key phrases (YAML, docs/codebook.md)
          --watchlist FILE  names to follow in any script (YAML, docs/narratives.md)
          --lexicon FILE    extra stance phrases: "phrase<TAB>+1|-1" per line
          --period          period of group stance and flips (default month)
          --min-posts N     posts a template needs (default 3)
        writes templates.csv, activity.csv, targets.csv, stance.csv, flips.csv, swarms.csv, frames.csv, frame_posts.csv
        into --out (default narratives-out)
        """;

    public Task<int> RunAsync(CommandArgs args)
    {
        foreach (var name in args.OptionNames)
            if (!Known.Contains(name)) throw new UsageException($"unknown option --{name}; options: {string.Join(", ", Known.Select(k => "--" + k))}");
        var db = args.Require("db");
        var outDir = args.Get("out") ?? "narratives-out";
        if (!File.Exists(db)) throw new UserFacingException($"{db}: no such investigation file (create one with 'swarmscope import --db {db} ...')");
        var period = (args.Get("period") ?? "month").ToLowerInvariant() switch
        {
            "month" => StancePeriod.Month,
            "week" => StancePeriod.Week,
            var p => throw new UsageException($"--period must be month or week, got '{p}'"),
        };
        var minPosts = args.GetInt("min-posts", 3);
        if (minPosts < 2) throw new UsageException("--min-posts must be at least 2");

        var lexicon = StanceLexicon.Default();
        if (args.Get("lexicon") is { } lexiconPath) Load(lexiconPath, "lexicon", () => lexicon.LoadFile(lexiconPath));
        Watchlist? watchlist = null;
        if (args.Get("watchlist") is { } watchPath) Load(watchPath, "watchlist", () => watchlist = Watchlist.Load(watchPath));
        List<FrameDefinition>? frames = null;
        string? codebookLabel = null;
        if (args.Get("codebook") is { } codebookPath)
            Load(codebookPath, "codebook", () =>
            {
                var (id, version, list) = CodebookFrames.Load(codebookPath);
                frames = list;
                codebookLabel = $"{id} v{version}";
            });
        List<ClusterEvidence>? clusters = null;
        if (args.Get("clusters") is { } clustersPath) Load(clustersPath, "clusters", () => clusters = ClusterEvidenceCsv.Read(clustersPath));

        var clock = Stopwatch.StartNew();
        var builder = new NarrativeCorpusBuilder();
        using (var store = InvestigationStore.Open(db))
            foreach (var post in store.ReadPosts()) builder.Add(post);
        if (builder.Count == 0)
            throw new UserFacingException($"{db}: the investigation holds no posts, so there is nothing to analyse. Import data first: swarmscope import --db {db} FILE");
        var corpus = builder.Build();
        var clustered = clusters is null ? 0 : AssignClusters(corpus, clusters);

        var findings = NarrativeAnalyzer.Analyze(corpus, lexicon, watchlist, frames, new NarrativeOptions
        {
            Period = period,
            Templates = new TemplateOptions { MinPosts = minPosts },
        });
        NarrativeCsvWriter.WriteAll(findings, outDir);
        PrintSummary(findings, outDir, clock.Elapsed, clustered, codebookLabel);
        return Task.FromResult(0);
    }

    private static void Load(string path, string option, Action load)
    {
        if (!File.Exists(path)) throw new UserFacingException($"--{option} {path}: no such file");
        try { load(); }
        catch (Exception e) when (e is FormatException or InvalidDataException or IOException)
        {
            throw new UserFacingException($"--{option}: {e.Message}");
        }
    }

    /// <summary>Accounts of clusters.csv (by handle or id, as detect writes them) → the corpus's accounts.</summary>
    private static int AssignClusters(NarrativeCorpus corpus, List<ClusterEvidence> clusters)
    {
        var byLabel = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in clusters)
        {
            if (!int.TryParse(c.ClusterId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)) continue;
            foreach (var m in c.Members) byLabel.TryAdd(m, id);
        }
        var assigned = 0;
        for (var a = 0; a < corpus.AccountCount; a++)
        {
            if (byLabel.TryGetValue(corpus.AccountIds[a], out var id) || (corpus.AccountHandles[a] is { } h && byLabel.TryGetValue(h, out id)))
            {
                corpus.AccountCluster[a] = id;
                assigned++;
            }
        }
        return assigned;
    }

    private static void PrintSummary(NarrativeFindings f, string outDir, TimeSpan elapsed, int clustered, string? codebook)
    {
        var c = f.Corpus;
        AnsiConsole.MarkupLine($"analysed [bold]{c.Count:N0}[/] posts by [bold]{c.AccountCount:N0}[/] accounts ({clustered:N0} in detected clusters) in {elapsed.TotalSeconds:0.0} s");
        AnsiConsole.MarkupLine($"[bold]{f.Templates.Count:N0}[/] templates, {f.Activity.Count(a => !a.Active):N0} dormant periods ({f.Activity.Count(a => a.Reactivation):N0} reactivations), " +
                               $"{f.Targets.Count(t => t.Posts > 0):N0} targets, {f.Flips.Count:N0} stance flips, {f.Swarms.Count:N0} attack swarms" +
                               (codebook is null ? "" : $", {f.FrameAssignments.Count:N0} frame assignments (codebook {Markup.Escape(codebook)})"));
        if (f.Templates.Count > 0)
        {
            var table = new Table().AddColumns("template", "posts", "accounts", "clusters", "first – last seen", "text");
            foreach (var t in f.Templates.Take(10))
                table.AddRow(t.Id.ToString(CultureInfo.InvariantCulture), t.Posts.Length.ToString("N0", CultureInfo.InvariantCulture),
                    t.Accounts.ToString("N0", CultureInfo.InvariantCulture), Markup.Escape(string.Join(", ", t.Clusters.OrderByDescending(kv => kv.Value).Take(3).Select(kv => kv.Key))),
                    $"{DateTimeOffset.FromUnixTimeMilliseconds(t.FirstMs):yyyy-MM-dd} – {DateTimeOffset.FromUnixTimeMilliseconds(t.LastMs):yyyy-MM-dd}",
                    Markup.Escape(Shorten(ReportText.Xml(t.Text), 90)));
            AnsiConsole.Write(table);
        }
        AnsiConsole.MarkupLine($"files in {Markup.Escape(outDir)}: {string.Join(", ", NarrativeCsvWriter.Files)}");
    }

    private static string Shorten(string s, int max)
    {
        s = s.Replace('\n', ' ').Replace('\r', ' ');
        return s.Length <= max ? s : s[..(max - 1)] + "…";
    }
}
