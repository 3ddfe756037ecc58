using System.Diagnostics;
using System.Globalization;
using Swarmscope.Detection;
using Swarmscope.Simulation;

namespace Swarmscope.Bench.Power;

/// <summary>
/// Detection power against farms as they work (issue 17): `bench power [--seeds 1,2,3] [--curves LIST] [--methods LIST]
/// [--accounts N] [--posts N]`. Each grid cell simulates one world per seed (organic accounts with look-alikes: two
/// fan bases, a news ring, morning greeters) with two farms of the cell's tactics, runs every method and prints,
/// per cell, the recall of planted farm accounts and the share of organic accounts flagged. The organic-only world
/// (no farms) gives each method's false-positive rate when there is nothing to find. One factor moves at a time
/// around a base farm (20 accounts, a pool of 10 texts, 70% daily participation, one-hour burst, no jitter);
/// `grid` is the issue's target grid (farms of 20+ accounts, pools up to 10 texts, 70% participation, one-hour bursts).
/// </summary>
public static class PowerBenchmark
{
    private sealed record Cell(string Curve, string Label, SimulationOptions Options);

    private sealed record Method(string Name, Func<SimulatedWorldSample, int, HashSet<string>> Flagged);

    private sealed record Outcome(double Recall, double FalsePositiveRate, Dictionary<string, int> LookAlikes);

    public static FarmTactics BaseFarm { get; } = new()
    {
        Count = 2, Size = 20, PoolSize = 10, DailyParticipation = 0.7, Burst = TimeSpan.FromHours(1), Jitter = TimeSpan.Zero,
    };

    /// <summary>The organic world of every cell: organic accounts with the standard look-alikes, 28 days, none of the four classic groups.</summary>
    public static SimulationOptions BaseWorld(int accounts, int posts) => new()
    {
        Accounts = accounts, Posts = posts, Days = 28, GroupsPerKind = 0,
        LookAlikes = OrganicLookAlikes.Standard with { FansPerBase = accounts / 10, Greeters = accounts / 10 },
    };

    public static int Run(string[] args)
    {
        var seeds = new[] { 1, 2, 3 };
        var curves = new HashSet<string> { "organic", "size", "pool", "participation", "jitter", "burst", "tactics", "grid" };
        HashSet<string>? methodNames = null;
        int accounts = 1500, posts = 30_000;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--seeds": seeds = args[i + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray(); break;
                case "--curves": curves = args[i + 1].Split(',').ToHashSet(); break;
                case "--methods": methodNames = args[i + 1].Split(',').ToHashSet(); break;
                case "--accounts": accounts = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--posts": posts = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }
        if (args.Length % 2 != 0) { Console.Error.WriteLine($"option {args[^1]} needs a value"); return 2; }
        var world = BaseWorld(accounts, posts);
        var thresholds = new Dictionary<int, double>();
        double BinnedThreshold(int seed)
        {
            if (thresholds.TryGetValue(seed, out var t)) return t;
            var organic = SimulatedWorldSample.Create(world with { Seed = seed });
            return thresholds[seed] = BinnedActivitySimilarity.Calibrate(BinnedActivitySimilarity.BestSimilarity(organic.Posts), organic.Organic.Count, 0.01);
        }
        var methods = new List<Method>
        {
            new("swarmscope", (w, _) => Swarmscope(w, new DetectionOptions())),
            new("pairwise layers only", (w, _) => Swarmscope(w, new DetectionOptions { Behaviours = BehaviourNames.Defaults.Where(b => b != Behaviour.TemplatePool).ToArray() })),
            new("binned activity (Pacheco), 1% calibrated", (w, seed) =>
            {
                var threshold = BinnedThreshold(seed);
                return BinnedActivitySimilarity.BestSimilarity(w.Posts).Where(kv => kv.Value >= threshold).Select(kv => kv.Key).ToHashSet();
            }),
            new("QUT toolkit defaults", (w, _) => QutToolkitRules.Flagged(w.Posts)),
            new("CooRTweet defaults", (w, _) => CooRTweetRules.Flagged(w.Posts)),
            new("CooRTweet, edges above median", (w, _) => CooRTweetRules.FlaggedAboveMedian(w.Posts)),
        };
        if (methodNames is not null) methods = methods.Where(m => methodNames.Any(n => m.Name.StartsWith(n, StringComparison.OrdinalIgnoreCase))).ToList();

        Console.WriteLine("# Detection power against farms (issue 17)");
        Console.WriteLine();
        Console.WriteLine($"Worlds: {accounts:N0} organic accounts with ~{posts:N0} posts over 28 days, plus look-alikes (2 fan bases of {accounts / 10}, a news ring of 8 channels, " +
                          $"{accounts / 10} morning greeters), plus two farms (none in `organic`). Seeds {string.Join(", ", seeds)}. Base farm: {Describe(BaseFarm)}.");
        Console.WriteLine($"Each cell: recall of planted farm accounts, mean over seeds (min) · organic accounts flagged, mean over seeds (max). {Environment.ProcessorCount} cores, load average {LoadAverage()} at start.");
        Console.WriteLine();
        var clock = Stopwatch.StartNew();
        var methodSeconds = new double[methods.Count];
        // Cells that repeat the base farm are computed once.
        var done = new Dictionary<SimulationOptions, List<List<Outcome>>>();
        double simulateSeconds = 0;
        foreach (var curve in Curves(world).GroupBy(c => c.Curve).Where(g => curves.Contains(g.Key)))
        {
            Console.WriteLine($"## {curve.Key}");
            Console.WriteLine();
            Console.WriteLine("| cell | " + string.Join(" | ", methods.Select(m => m.Name)) + " |");
            Console.WriteLine("|---|" + string.Join("|", methods.Select(_ => "---:")) + "|");
            var lookAlikeRows = new List<string>();
            foreach (var cell in curve)
            {
                if (!done.TryGetValue(cell.Options, out var outcomes))
                {
                    done[cell.Options] = outcomes = methods.Select(_ => new List<Outcome>()).ToList();
                foreach (var seed in seeds)
                {
                    var watch = Stopwatch.StartNew();
                    var w = SimulatedWorldSample.Create(cell.Options with { Seed = seed });
                    simulateSeconds += watch.Elapsed.TotalSeconds;
                    for (var m = 0; m < methods.Count; m++)
                    {
                        watch.Restart();
                        outcomes[m].Add(Evaluate(w, methods[m].Flagged(w, seed)));
                        methodSeconds[m] += watch.Elapsed.TotalSeconds;
                    }
                }
                }
                Console.WriteLine($"| {cell.Label} | " + string.Join(" | ", outcomes.Select(Format)) + " |");
                if (curve.Key == "organic")
                    lookAlikeRows.Add("| " + string.Join(" | ", outcomes.Select(o => LookAlikes(o, seeds.Length))) + " |");
            }
            Console.WriteLine();
            if (lookAlikeRows.Count > 0)
            {
                Console.WriteLine("Organic look-alikes flagged in the organic-only worlds (mean per world):");
                Console.WriteLine();
                Console.WriteLine("| " + string.Join(" | ", methods.Select(m => m.Name)) + " |");
                Console.WriteLine("|" + string.Join("|", methods.Select(_ => "---")) + "|");
                foreach (var row in lookAlikeRows) Console.WriteLine(row);
                Console.WriteLine();
            }
        }
        Console.WriteLine($"{clock.Elapsed.TotalMinutes:0.0} min, load average {LoadAverage()} at the end; seconds spent: simulating {simulateSeconds:0}, " +
                          string.Join(", ", methods.Select((m, i) => $"{m.Name} {methodSeconds[i]:0}")));
        return 0;
    }

    private static Outcome Evaluate(SimulatedWorldSample w, HashSet<string> flagged)
    {
        var recall = w.Planted.Count == 0 ? double.NaN : (double)w.Planted.Keys.Count(flagged.Contains) / w.Planted.Count;
        var fpr = (double)w.Organic.Count(flagged.Contains) / w.Organic.Count;
        var roles = w.LookAlikes.Where(kv => flagged.Contains(kv.Key)).GroupBy(kv => kv.Value).ToDictionary(g => g.Key, g => g.Count());
        return new Outcome(recall, fpr, roles);
    }

    private static string Format(List<Outcome> r)
    {
        var recall = r.All(x => double.IsNaN(x.Recall)) ? "–" : $"{r.Average(x => x.Recall):0.00} ({r.Min(x => x.Recall):0.00})";
        return $"{recall} · {100 * r.Average(x => x.FalsePositiveRate):0.0}% ({100 * r.Max(x => x.FalsePositiveRate):0.0}%)";
    }

    private static string LookAlikes(List<Outcome> r, int worlds)
    {
        var roles = r.SelectMany(x => x.LookAlikes).GroupBy(kv => kv.Key).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} {g.Sum(kv => kv.Value) / (double)worlds:0.#}").ToList();
        return roles.Count == 0 ? "none" : string.Join(", ", roles);
    }

    private static IEnumerable<Cell> Curves(SimulationOptions world)
    {
        Cell C(string curve, string label, FarmTactics? t) => new(curve, label, world with { Farms = t });
        var b = BaseFarm;
        yield return C("organic", "no farms", null);
        foreach (var n in new[] { 3, 5, 10, 20, 30, 50 }) yield return C("size", $"{n} accounts", b with { Size = n });
        foreach (var n in new[] { 1, 2, 5, 10, 20, 40 }) yield return C("pool", $"{n} texts", b with { PoolSize = n });
        foreach (var p in new[] { 0.1, 0.2, 0.3, 0.5, 0.7, 0.9 }) yield return C("participation", $"{p:0%} of accounts a day", b with { DailyParticipation = p });
        foreach (var j in new[] { 0, 30, 120, 360 }) yield return C("jitter", $"burst start moves up to {j} min", b with { Jitter = TimeSpan.FromMinutes(j) });
        foreach (var m in new[] { 10, 60, 180, 480 }) yield return C("burst", $"{m}-minute burst", b with { Burst = TimeSpan.FromMinutes(m) });
        yield return C("tactics", "base farm", b);
        yield return C("tactics", "exact copies (no variation)", b with { Variation = TextVariation.None });
        yield return C("tactics", "shared objects (comments under official news)", b with { Objects = FarmObjects.Shared });
        yield return C("tactics", "switched on 5 days, off 9", b with { DaysOn = 5, DaysOff = 9 });
        yield return C("tactics", "3 posts per active day", b with { PostsPerActiveDay = 3 });
        yield return C("tactics", "200 other posts per account", b with { FillerPosts = 200 });
        yield return C("tactics", "100 organic accounts copy the farm's texts", b with { OrganicCopiers = 100 });
        foreach (var size in new[] { 20, 30, 50 })
        foreach (var pool in new[] { 1, 5, 10 })
            yield return C("grid", $"{size} accounts, {pool} texts", b with { Size = size, PoolSize = pool });
    }

    private static string Describe(FarmTactics t) =>
        $"{t.Size} accounts, pool of {t.PoolSize} texts (variation: {t.Variation}), {t.DailyParticipation:0%} of accounts active on a working day, {t.PostsPerActiveDay} post each, " +
        $"{t.Burst.TotalMinutes:0}-minute burst, jitter {t.Jitter.TotalMinutes:0} min, office hours {t.OfficeStartHour:00}-{t.OfficeEndHour:00} {t.TimeZone} on weekdays, {t.Objects.ToString().ToLowerInvariant()} objects, {t.FillerPosts} other posts per account";

    private static HashSet<string> Swarmscope(SimulatedWorldSample w, DetectionOptions options)
    {
        var result = CoordinationDetector.Detect(w.Posts, options);
        return result.FlaggedAccounts().Select(a => result.Corpus.AccountIds[a]).ToHashSet(StringComparer.Ordinal);
    }

    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "?"; }
    }
}
