namespace Swarmscope.Signals;

/// <summary>Stratified k-fold cross-validation of the supervised model: every account is scored by a model that never saw its label.</summary>
public static class CrossValidation
{
    /// <summary>Fold number (0..folds-1) per row, positives and negatives spread evenly, shuffled with <paramref name="seed"/>.</summary>
    public static int[] StratifiedFolds(IReadOnlyList<int> labels, int folds, int seed)
    {
        var rng = new Random(seed);
        var fold = new int[labels.Count];
        foreach (var cls in new[] { 0, 1 })
        {
            var members = new List<int>();
            for (var i = 0; i < labels.Count; i++) if (labels[i] == cls) members.Add(i);
            for (var i = members.Count - 1; i > 0; i--) { var j = rng.Next(i + 1); (members[i], members[j]) = (members[j], members[i]); }
            for (var i = 0; i < members.Count; i++) fold[members[i]] = i % folds;
        }
        return fold;
    }

    /// <summary>Out-of-fold probabilities of <see cref="LogisticModel"/>.</summary>
    public static double[] OutOfFoldScores(IReadOnlyList<AccountSignals> rows, IReadOnlyList<int> labels, int folds, int seed, IReadOnlyCollection<string>? excluded = null)
    {
        var fold = StratifiedFolds(labels, folds, seed);
        var scores = new double[rows.Count];
        for (var f = 0; f < folds; f++)
        {
            var trainRows = new List<AccountSignals>();
            var trainLabels = new List<int>();
            for (var i = 0; i < rows.Count; i++)
                if (fold[i] != f) { trainRows.Add(rows[i]); trainLabels.Add(labels[i]); }
            var model = LogisticModel.Train(trainRows, trainLabels, excluded);
            for (var i = 0; i < rows.Count; i++)
                if (fold[i] == f) scores[i] = model.Probability(rows[i]);
        }
        return scores;
    }
}
