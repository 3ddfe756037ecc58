using System.Globalization;
using Swarmscope.Signals;

namespace Swarmscope.Bench;

/// <summary>
/// `score-eval [shared-data-dir] [--twibot-ratings FILE] [--dump DIR]`: ROC AUC and precision at top k of
/// `swarmscope score` at its defaults (the robust score, fitted on all accounts of the set, no labels), of the
/// isolation forest and of the cross-validated supervised model, on every labelled account set in ../shared/data,
/// with all signals and without the popularity signals. Prints a Markdown table (pasted into docs/scoring.md);
/// --dump writes each set's scored accounts with their labels, signals and p-values as CSV.
/// </summary>
public static class ScoreEvaluation
{
    public static int Run(string[] args)
    {
        string? root = null, ratingsPath = null, dump = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--twibot-ratings" when i + 1 < args.Length: ratingsPath = args[++i]; break;
                case "--dump" when i + 1 < args.Length: dump = args[++i]; break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        Console.Error.WriteLine($"score-eval: unknown option {args[i]}; usage: score-eval [shared-data-dir] [--twibot-ratings FILE] [--dump DIR]");
                        return 2;
                    }
                    root = args[i];
                    break;
            }
        }
        root ??= FindSharedData();
        if (root is null || !Directory.Exists(root))
        {
            Console.Error.WriteLine("score-eval: ../shared/data not found; pass its path as the first argument");
            return 2;
        }
        if (dump is not null) Directory.CreateDirectory(dump);
        var results = new List<EvaluationResult>();
        var popularity = SignalsEvaluation.SignalsOf(SignalGroup.Popularity);
        (string, List<string>)[] variants = [("all signals", []), ("without popularity", popularity)];

        // 1. IO archive: Russian state-backed trolls vs prominent verified accounts.
        var io = new EvaluationSink();
        io.Import(Path.Combine(root, "io-state-trolls/fake_test.csv"), "io-archive", 1);
        io.Import(Path.Combine(root, "io-state-trolls/real_test4.csv"), "io-archive", 0);
        Run("io-state-trolls (fake_test vs real_test4)", io, results, dump, variants);

        // 2. TwiBot annotation study: 1,000 users each rated 0 (human) to 4 (bot) by three experts.
        ratingsPath ??= Path.Combine(root, "twibot/annotation_combine.csv");
        Dictionary<string, double>? ratings = null;
        if (File.Exists(ratingsPath))
        {
            ratings = ReadMeanRatings(ratingsPath);
            var twibot = new EvaluationSink();
            twibot.Import(Path.Combine(root, "twibot/Twibot20-anno_study.json"), "twitter-v2", -1);
            twibot.Import(Path.Combine(root, "twibot/Twibot22-anno_study.json"), "twitter-v2", -1);
            LabelByRatings(twibot, ratings);
            Run("twibot expert ratings (mean > 2 vs < 2)", twibot, results, dump, variants);
        }
        else
            Console.WriteLine($"twibot expert ratings: {ratingsPath} is absent (the *anno_study.json files carry no ratings); pass --twibot-ratings FILE (annotation_combine.csv of the TwiBot-22 repository, src/anno_study/, MIT)");

        // 3. IRA profiles (NBC release) against TwiBot users the experts rated human, else the whole annotation sample.
        var ira = new EvaluationSink();
        ira.Import(Path.Combine(root, "ira/nbc_profiles.csv"), "twitter-profiles-csv", 1);
        var background = ratings is null ? 0 : -1;
        ira.Import(Path.Combine(root, "twibot/Twibot20-anno_study.json"), "twitter-v2", background);
        ira.Import(Path.Combine(root, "twibot/Twibot22-anno_study.json"), "twitter-v2", background);
        if (ratings is not null)
        {
            foreach (var (id, rating) in ratings)
                if (rating < 2 && ira.Labels.TryGetValue(id, out var l) && l == -1) ira.Labels[id] = 0;
            Run("ira-profiles vs twibot users rated human", ira, results, dump, variants);
        }
        else Run("ira-profiles vs twibot annotation sample (unlabelled background)", ira, results, dump, variants);

        Console.WriteLine();
        Console.WriteLine(SignalsEvaluation.ToMarkdown(results));
        return 0;
    }

    /// <summary>annotation_combine.csv: `id,label,annotator` (id "u" + Twitter id; label 0-4). Returns each user's mean rating by Twitter id.</summary>
    private static Dictionary<string, double> ReadMeanRatings(string path)
    {
        var sums = new Dictionary<string, (double Sum, int Count)>(StringComparer.Ordinal);
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (line == 1 || text.Trim().Length == 0) continue;
            var cells = text.Trim().Split(',');
            if (cells.Length < 2 || !double.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var rating))
                throw new InvalidDataException($"{path}, line {line}: expected id,label,annotator");
            var id = cells[0].TrimStart('u');
            var (sum, count) = sums.GetValueOrDefault(id);
            sums[id] = (sum + rating, count + 1);
        }
        return sums.ToDictionary(kv => kv.Key, kv => kv.Value.Sum / kv.Value.Count, StringComparer.Ordinal);
    }

    /// <summary>Mean expert rating above 2 ("likely bot" side) is 1, below 2 is 0; exactly 2 (not sure) stays unlabelled.</summary>
    private static void LabelByRatings(EvaluationSink data, Dictionary<string, double> ratings)
    {
        foreach (var id in data.Labels.Keys.ToList())
            data.Labels[id] = ratings.TryGetValue(id, out var r) ? r > 2 ? 1 : r < 2 ? 0 : -1 : -1;
    }

    private static void Run(string name, EvaluationSink data, List<EvaluationResult> results, string? dump, params (string Variant, List<string> Excluded)[] variants)
    {
        var table = new SignalExtractor().Extract(data.Accounts, data.Posts);
        var rows = new List<int>();
        var labels = new List<int>();
        for (var i = 0; i < table.Count; i++)
            if (data.Labels.TryGetValue(table.Accounts[i].AccountId, out var l) && l >= 0) { rows.Add(i); labels.Add(l); }
        Console.WriteLine($"{name}: {labels.Count(l => l == 1)} positive, {labels.Count(l => l == 0)} negative of {table.Count} accounts, {data.Posts.Count} posts, {data.Rejections.Count} records rejected by the importers");
        foreach (var r in data.Rejections.Take(3)) Console.WriteLine($"  rejected: {r}");
        foreach (var (variant, excluded) in variants)
        {
            var r = SignalsEvaluation.Evaluate(name, variant, table, rows, labels, excluded);
            results.Add(r);
            Console.WriteLine($"  {variant}: score AUC {r.UnsupervisedAuc:0.000}, P@{r.K} {r.UnsupervisedPrecisionAtK:0.00}; isolation forest AUC {r.IsolationForestAuc:0.000}, P@{r.K} {r.IsolationForestPrecisionAtK:0.00}; supervised 5-fold AUC {r.SupervisedAuc:0.000}, P@{r.K} {r.SupervisedPrecisionAtK:0.00}");
            // What the separation rests on: the full-data model's largest weights and each signal's own AUC.
            var selected = rows.Select(i => table.Accounts[i]).ToList();
            var model = LogisticModel.Train(selected, labels, excluded.Concat(r.DroppedForMissingness).ToList());
            Console.WriteLine("    largest weights: " + string.Join(", ", model.Features.OrderByDescending(f => Math.Abs(f.Weight)).Take(5).Select(f => $"{f.Name} {f.Weight:+0.00;-0.00}")));
            var scorer = RobustScorer.Fit(table, excluded);
            var contributions = new List<(string, double)>();
            for (var s = 0; s < SignalCatalog.Count; s++)
            {
                double pos = 0, neg = 0;
                for (var i = 0; i < rows.Count; i++)
                {
                    var z = scorer.OrientedZ(selected[i], s);
                    if (double.IsNaN(z)) continue;
                    if (labels[i] == 1) pos += z; else neg += z;
                }
                var posMean = pos / Math.Max(1, labels.Count(l => l == 1));
                var negMean = neg / Math.Max(1, labels.Count(l => l == 0));
                if (posMean > 0.01 || negMean > 0.01) contributions.Add((SignalCatalog.All[s].Name, posMean - negMean));
            }
            Console.WriteLine("    mean z, positives minus negatives: " + string.Join(", ", contributions.OrderByDescending(x => Math.Abs(x.Item2)).Take(8).Select(x => $"{x.Item1} {x.Item2:+0.00;-0.00}")));
            if (dump is not null) Dump(Path.Combine(dump, Slug(name) + "--" + Slug(variant) + ".csv"), scorer, selected, labels);
        }
    }

    private static void Dump(string path, RobustScorer scorer, IReadOnlyList<AccountSignals> accounts, IReadOnlyList<int> labels)
    {
        using var w = new StreamWriter(path);
        var ci = CultureInfo.InvariantCulture;
        w.Write("label,account_id,handle,score");
        foreach (var d in SignalCatalog.All) w.Write($",{d.Name}");
        foreach (var d in SignalCatalog.All) if (d.Scale == SignalScale.Test) w.Write($",{d.Name}_p");
        w.Write(",reasons\n");
        for (var i = 0; i < accounts.Count; i++)
        {
            var a = accounts[i];
            var score = scorer.Score(a);
            w.Write(string.Create(ci, $"{labels[i]},{Swarmscope.Core.Csv.CsvWriter.TextCell(a.AccountId)},{Swarmscope.Core.Csv.CsvWriter.TextCell(a.Handle ?? "")},{score.Score:0.####}"));
            foreach (var v in a.Values) w.Write(double.IsNaN(v) ? "," : string.Create(ci, $",{v:0.####}"));
            for (var s = 0; s < SignalCatalog.Count; s++)
                if (SignalCatalog.All[s].Scale == SignalScale.Test) w.Write(double.IsNaN(a.PValues[s]) ? "," : string.Create(ci, $",{a.PValues[s]:0.###e0}"));
            w.Write($",{Swarmscope.Core.Csv.CsvWriter.TextCell(score.ReasonText())}\n");
        }
    }

    private static string Slug(string text) => new(text.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

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
