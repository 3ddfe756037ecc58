using Swarmscope.Signals;

namespace Swarmscope.Bench;

/// <summary>
/// `score-eval [shared-data-dir]`: ROC AUC and precision at top k of the unsupervised score and of the
/// cross-validated supervised model on every labelled account set in ../shared/data, with and without the signals
/// that trivially separate each label set. Prints a Markdown table (pasted into docs/scoring.md).
/// </summary>
public static class ScoreEvaluation
{
    public static int Run(string[] args)
    {
        var root = args.Length > 0 ? args[0] : FindSharedData();
        if (root is null || !Directory.Exists(root))
        {
            Console.WriteLine("score-eval: ../shared/data not found; pass its path as the first argument");
            return 2;
        }
        var results = new List<EvaluationResult>();
        var popularity = SignalsEvaluation.SignalsOf(SignalGroup.Popularity);
        var popularityAndHandle = SignalsEvaluation.SignalsOf(SignalGroup.Popularity, SignalGroup.Handle);

        // 1. IO archive: Russian state-backed trolls vs prominent verified accounts.
        var io = new EvaluationSink();
        io.Import(Path.Combine(root, "io-state-trolls/fake_test.csv"), "io-archive", 1);
        io.Import(Path.Combine(root, "io-state-trolls/real_test4.csv"), "io-archive", 0);
        Run("io-state-trolls", io, results, ("all signals", []), ("without popularity", popularity), ("without popularity and handle", popularityAndHandle));

        // 2. IRA profiles (NBC release) vs TwiBot annotation-study users as an unlabelled background.
        var ira = new EvaluationSink();
        ira.Import(Path.Combine(root, "ira/nbc_profiles.csv"), "twitter-profiles-csv", 1);
        ira.Import(Path.Combine(root, "twibot/Twibot20-anno_study.json"), "twitter-v2", 0);
        ira.Import(Path.Combine(root, "twibot/Twibot22-anno_study.json"), "twitter-v2", 0);
        Run("ira-profiles vs twibot-background", ira, results, ("all signals", []), ("without popularity", popularity));

        // 3. TwiBot expert ratings: only usable when annotation_combine.csv is present.
        var ratings = Path.Combine(root, "twibot/annotation_combine.csv");
        if (!File.Exists(ratings))
            Console.WriteLine($"twibot expert ratings: {ratings} is absent; the *anno_study.json files carry no ratings, so there is no TwiBot evaluation (no labels were invented).");

        Console.WriteLine();
        Console.WriteLine(SignalsEvaluation.ToMarkdown(results));
        return 0;
    }

    private static void Run(string name, EvaluationSink data, List<EvaluationResult> results, params (string Variant, List<string> Excluded)[] variants)
    {
        var table = new SignalExtractor().Extract(data.Accounts, data.Posts);
        var rows = new List<int>();
        var labels = new List<int>();
        for (var i = 0; i < table.Count; i++)
            if (data.Labels.TryGetValue(table.Accounts[i].AccountId, out var l)) { rows.Add(i); labels.Add(l); }
        Console.WriteLine($"{name}: {labels.Count(l => l == 1)} positive, {labels.Count(l => l == 0)} negative accounts, {data.Posts.Count} posts, {data.Rejections.Count} records rejected by the importers");
        foreach (var r in data.Rejections.Take(3)) Console.WriteLine($"  rejected: {r}");
        foreach (var (variant, excluded) in variants)
        {
            var r = SignalsEvaluation.Evaluate(name, variant, table, rows, labels, excluded);
            results.Add(r);
            Console.WriteLine($"  {variant}: unsupervised AUC {r.UnsupervisedAuc:0.000}, P@{r.K} {r.UnsupervisedPrecisionAtK:0.00}; isolation forest AUC {r.IsolationForestAuc:0.000}, P@{r.K} {r.IsolationForestPrecisionAtK:0.00}; supervised 5-fold AUC {r.SupervisedAuc:0.000}, P@{r.K} {r.SupervisedPrecisionAtK:0.00}");
            // What the separation rests on: the full-data model's largest weights and each signal's own AUC.
            var selected = rows.Select(i => table.Accounts[i]).ToList();
            var model = LogisticModel.Train(selected, labels, excluded.Concat(r.DroppedForMissingness).ToList());
            Console.WriteLine("    largest weights: " + string.Join(", ", model.Features.OrderByDescending(f => Math.Abs(f.Weight)).Take(5).Select(f => $"{f.Name} {f.Weight:+0.00;-0.00}")));
            var single = new List<(string, double)>();
            for (var s = 0; s < SignalCatalog.Count; s++)
            {
                var known = Enumerable.Range(0, rows.Count).Where(i => !double.IsNaN(selected[i].Values[s])).ToList();
                if (known.Count < 10) continue;
                var auc = RankMetrics.RocAuc(known.Select(i => selected[i].Values[s]).ToList(), known.Select(i => labels[i]).ToList());
                if (!double.IsNaN(auc)) single.Add((SignalCatalog.All[s].Name, auc));
            }
            Console.WriteLine("    single-signal AUC (raw value, known rows): " + string.Join(", ", single.OrderByDescending(x => Math.Abs(x.Item2 - 0.5)).Take(8).Select(x => $"{x.Item1} {x.Item2:0.00}")));
        }
    }

    private static string? FindSharedData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate)) return candidate;
        }
        return Directory.Exists("/work/shared/data") ? "/work/shared/data" : null;
    }
}
