using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Swarmscope.Core;
using Swarmscope.Detection;
using Swarmscope.Reports;
using Swarmscope.Storage;

namespace Swarmscope.Cli;

public sealed class DetectCommand : ICommand
{
    public string Name => "detect";
    public string Summary => "find coordinated groups with evidence";
    public string Usage => """
        usage: swarmscope detect --db FILE --out DIR [options]
          --behaviours LIST      comma-separated, default: all but copost
                                 (corepost, coreply, coreplyaccount, colink, codomain, cohashtag, cohashtagseq,
                                  comention, sametext, neardup, coimage, copost)
          --window 10m           co-action window (500ms, 10s, 5m, 1h; or 'auto' = time of the fastest 10% of repeats)
          --fast-window 10s      optional second, faster window, counted separately
          --min-participation N  drop accounts with fewer than N actions on a behaviour first (default 2)
          --alpha 0.01           tolerated share of falsely flagged accounts (significance filter; 1 = off)
          --min-weight N         also require at least N shared objects per edge (default 1)
          --percentile P         also require edge weight at or above the P-th percentile of its behaviour
          --seed N               clustering seed (default 1)
          --timezone ZONE        for hour/weekday profiles, e.g. Asia/Almaty (default UTC)
          --evidence N           post pairs kept per edge in evidence.jsonl (default 50)
        writes edges.csv, clusters.csv, evidence.jsonl, cluster_evidence.jsonl, network.graphml, network.gexf, summary.md
        """;

    public Task<int> RunAsync(CommandArgs args)
    {
        var db = args.Require("db");
        var outDir = args.Require("out");
        var options = ParseOptions(args, out var autoWindow);
        if (!File.Exists(db)) throw new UserFacingException($"{db}: no such investigation file (create one with 'swarmscope import --db {db} ...')");

        var clock = Stopwatch.StartNew();
        List<Post> posts;
        using (var store = InvestigationStore.Open(db)) posts = store.ReadPosts().ToList();
        if (posts.Count == 0)
            throw new UserFacingException($"{db}: the investigation holds no posts, so there is nothing to analyse. Import data first: swarmscope import --db {db} FILE");

        var corpus = new PostCorpus(posts);
        if (autoWindow)
        {
            var first = ActionTableBuilder.Build(corpus, options.Behaviours[0]);
            options.WindowMs = WindowEstimator.Estimate(first, 0.1) ?? 60_000;
            AnsiConsole.MarkupLine($"estimated window: [bold]{Duration.Format(options.WindowMs)}[/] (10% of repeated {BehaviourNames.Name(options.Behaviours[0])} actions come this soon after the first)");
        }
        WarnAboutCoarseTimestamps(posts, options.WindowMs);

        var result = CoordinationDetector.Detect(corpus, options);
        DetectionReportWriter.WriteAll(result, outDir);
        PrintSummary(result, outDir, clock.Elapsed);
        return Task.FromResult(0);
    }

    private static DetectionOptions ParseOptions(CommandArgs args, out bool autoWindow)
    {
        var options = new DetectionOptions();
        if ((args.Get("behaviours") ?? args.Get("behaviors")) is { } list)
        {
            var behaviours = new List<Behaviour>();
            foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (name is "all") { behaviours.AddRange(BehaviourNames.All); continue; }
                if (!BehaviourNames.TryParse(name, out var b)) throw new UsageException($"--behaviours: unknown behaviour '{name}'; known: {BehaviourNames.AllNames}");
                behaviours.Add(b);
            }
            if (behaviours.Count == 0) throw new UsageException("--behaviours: give at least one behaviour");
            options.Behaviours = behaviours.Distinct().ToList();
        }
        autoWindow = string.Equals(args.Get("window"), "auto", StringComparison.OrdinalIgnoreCase);
        if (!autoWindow && args.Get("window") is { } w) options.WindowMs = ParseDuration("window", w);
        if (args.Get("fast-window") is { } f) options.FastWindowMs = ParseDuration("fast-window", f);
        options.MinParticipation = args.GetInt("min-participation", options.MinParticipation);
        if (options.MinParticipation < 1) throw new UsageException("--min-participation must be at least 1");
        options.Alpha = args.GetDouble("alpha", options.Alpha);
        if (options.Alpha is <= 0 or > 1) throw new UsageException("--alpha must be in (0, 1]");
        options.MinWeight = args.GetInt("min-weight", options.MinWeight);
        if (args.Has("percentile"))
        {
            var p = args.GetDouble("percentile", 0);
            if (p is < 0 or > 100) throw new UsageException("--percentile must be between 0 and 100");
            options.Percentile = p;
        }
        options.Seed = args.GetInt("seed", options.Seed);
        options.EvidencePerEdge = args.GetInt("evidence", options.EvidencePerEdge);
        if (args.Get("timezone") is { } zone)
        {
            try { options.TimeZone = TimeZoneInfo.FindSystemTimeZoneById(zone); }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                throw new UsageException($"--timezone: unknown time zone '{zone}' (use an IANA name such as Asia/Almaty or Europe/Moscow)");
            }
        }
        if (args.Has("permutations"))
            throw new UsageException("--permutations is not used: p-values are computed exactly under the analytic null model (see docs/detection.md)");
        return options;
    }

    private static long ParseDuration(string option, string value) =>
        Duration.TryParseMilliseconds(value, out var ms) ? ms : throw new UsageException($"--{option}: '{value}' is not a duration (examples: 500ms, 10s, 5m, 1h)");

    private static void WarnAboutCoarseTimestamps(List<Post> posts, long windowMs)
    {
        var coarse = 0;
        foreach (var p in posts) if (p.Time.Precision >= TimePrecision.Minute) coarse++;
        if (coarse > 0 && windowMs < 60_000)
            AnsiConsole.MarkupLine($"[yellow]warning:[/] {coarse:N0} posts have minute (or coarser) timestamps; a {Duration.Format(windowMs)} window cannot be judged on them");
    }

    private static void PrintSummary(DetectionResult result, string outDir, TimeSpan elapsed)
    {
        var c = result.Corpus;
        var flagged = result.FlaggedAccounts().Count();
        AnsiConsole.MarkupLine($"analysed [bold]{c.Posts.Length:N0}[/] posts by [bold]{c.AccountCount:N0}[/] accounts in {elapsed.TotalSeconds:0.0} s");
        var layers = new Table().AddColumns("behaviour", "actions", "edges tested", "edges kept");
        foreach (var (b, actions, tested, kept) in result.Layers)
            layers.AddRow(BehaviourNames.Name(b), actions.ToString("N0", CultureInfo.InvariantCulture), tested.ToString("N0", CultureInfo.InvariantCulture), kept.ToString("N0", CultureInfo.InvariantCulture));
        AnsiConsole.Write(layers);
        if (result.Clusters.Count == 0)
        {
            AnsiConsole.MarkupLine($"no coordinated pairs passed the filters (FDR alpha {result.Options.Alpha.ToString(CultureInfo.InvariantCulture)}). Files written to {Markup.Escape(outDir)}");
            return;
        }
        AnsiConsole.MarkupLine($"[bold]{flagged:N0}[/] accounts in [bold]{result.Clusters.Count:N0}[/] clusters, {result.Edges.Count:N0} edges");
        var table = new Table().AddColumns("cluster", "size", "density", "behaviours", "active (UTC)", "top shared object", "example members");
        foreach (var s in result.Clusters.Take(10))
        {
            var top = s.TopObjects.Count > 0 ? $"{s.TopObjects[0].Object} ({s.TopObjects[0].Members})" : "";
            table.AddRow(
                s.Id.ToString(CultureInfo.InvariantCulture),
                s.Size.ToString(CultureInfo.InvariantCulture),
                s.Density.ToString("0.00", CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", s.Behaviours.OrderByDescending(kv => kv.Value).Select(kv => BehaviourNames.Name(kv.Key)))),
                $"{s.FirstPost:yyyy-MM-dd} – {s.LastPost:yyyy-MM-dd}",
                Markup.Escape(Shorten(Swarmscope.Core.SafeText.Terminal(top), 36)),
                Markup.Escape(Shorten(Swarmscope.Core.SafeText.Terminal(string.Join(", ", s.Members.Take(2).Select(c.AccountLabel))), 30)));
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"files in {Markup.Escape(outDir)}: {string.Join(", ", DetectionReportWriter.Files)}");
    }

    private static string Shorten(string s, int max)
    {
        s = s.Replace('\n', ' ').Replace('\r', ' ');
        return s.Length <= max ? s : s[..(max - 1)] + "…";
    }
}
