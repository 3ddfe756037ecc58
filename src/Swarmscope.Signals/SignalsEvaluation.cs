namespace Swarmscope.Signals;

/// <summary>
/// Measures how well the scores separate labelled accounts: ROC AUC and precision at the top k
/// (k = 100, or the number of positives when there are fewer). The unsupervised scores never see labels, so they are
/// evaluated exactly as `swarmscope score` computes them: fitted on the whole table, with only the variant's
/// exclusions. The supervised model is evaluated on out-of-fold predictions (stratified k-fold); a signal known for
/// one class far more often than for the other (e.g. profile photos exported only for one source) would let it learn
/// the data source rather than inauthenticity, so such signals are dropped from the model and listed.
/// </summary>
public static class SignalsEvaluation
{
    public static EvaluationResult Evaluate(string labelSet, string variant, SignalTable table, IReadOnlyList<int> rows, IReadOnlyList<int> labels,
        IReadOnlyCollection<string>? excluded = null, int folds = 5, int seed = 20221, double maxMissingnessGap = 0.5)
    {
        var excludedAll = new List<string>(excluded ?? []);
        var dropped = MissingnessLeaks(table, rows, labels, maxMissingnessGap);
        foreach (var d in dropped) if (!excludedAll.Contains(d, StringComparer.OrdinalIgnoreCase)) excludedAll.Add(d);

        var selected = new AccountSignals[rows.Count];
        for (var i = 0; i < rows.Count; i++) selected[i] = table.Accounts[rows[i]];
        var positives = labels.Count(l => l == 1);
        var negatives = labels.Count - positives;
        var k = Math.Min(100, positives);

        var scorer = RobustScorer.Fit(table, excluded);
        var unsupervised = new double[rows.Count];
        for (var i = 0; i < rows.Count; i++) unsupervised[i] = scorer.Score(selected[i]).Score;

        var forest = IsolationForestScorer.Fit(table, excluded, seed: seed);
        var isolation = new double[rows.Count];
        for (var i = 0; i < rows.Count; i++) isolation[i] = forest.Score(selected[i]).Score;

        var supervised = CrossValidation.OutOfFoldScores(selected, labels, folds, seed, excludedAll);
        return new EvaluationResult(labelSet, variant, positives, negatives, k,
            RankMetrics.RocAuc(unsupervised, labels), RankMetrics.PrecisionAtK(unsupervised, labels, k),
            RankMetrics.RocAuc(supervised, labels), RankMetrics.PrecisionAtK(supervised, labels, k),
            RankMetrics.RocAuc(isolation, labels), RankMetrics.PrecisionAtK(isolation, labels, k),
            excluded?.ToList() ?? [], dropped);
    }

    /// <summary>Signals whose share of known values differs between the classes by more than <paramref name="maxGap"/>.</summary>
    public static List<string> MissingnessLeaks(SignalTable table, IReadOnlyList<int> rows, IReadOnlyList<int> labels, double maxGap)
    {
        var result = new List<string>();
        for (var s = 0; s < SignalCatalog.Count; s++)
        {
            int knownPos = 0, knownNeg = 0, pos = 0, neg = 0;
            for (var i = 0; i < rows.Count; i++)
            {
                var known = !double.IsNaN(table.Accounts[rows[i]].Values[s]);
                if (labels[i] == 1) { pos++; if (known) knownPos++; }
                else { neg++; if (known) knownNeg++; }
            }
            if (pos == 0 || neg == 0) continue;
            if (Math.Abs(knownPos / (double)pos - knownNeg / (double)neg) > maxGap) result.Add(SignalCatalog.All[s].Name);
        }
        return result;
    }

    /// <summary>Signal names of one or more groups, for "without the trivially separating signals" variants.</summary>
    public static List<string> SignalsOf(params SignalGroup[] groups) =>
        SignalCatalog.All.Where(d => groups.Contains(d.Group)).Select(d => d.Name).ToList();

    /// <summary>A Markdown table of results.</summary>
    public static string ToMarkdown(IEnumerable<EvaluationResult> results)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("| label set | signals | positives | negatives | k | P@k by chance | `score` AUC | `score` P@k | isolation forest AUC | isolation forest P@k | supervised CV AUC | supervised CV P@k | left out of the supervised model (known far more often for one class) |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        foreach (var r in results)
            sb.AppendLine(string.Create(ci, $"| {r.LabelSet} | {r.Variant} | {r.Positives} | {r.Negatives} | {r.K} | {r.Positives / (double)(r.Positives + r.Negatives):0.00} | {r.UnsupervisedAuc:0.000} | {r.UnsupervisedPrecisionAtK:0.00} | {r.IsolationForestAuc:0.000} | {r.IsolationForestPrecisionAtK:0.00} | {r.SupervisedAuc:0.000} | {r.SupervisedPrecisionAtK:0.00} | {(r.DroppedForMissingness.Count == 0 ? "none" : string.Join(", ", r.DroppedForMissingness))} |"));
        return sb.ToString();
    }
}
