namespace Swarmscope.Signals;

/// <summary>ROC AUC and precision at k for scores against 0/1 labels.</summary>
public static class RankMetrics
{
    /// <summary>
    /// ROC AUC as the Mann-Whitney statistic with mid-ranks for ties: the probability that a random positive
    /// outscores a random negative, ties counting one half. NaN when either class is empty.
    /// </summary>
    public static double RocAuc(IReadOnlyList<double> scores, IReadOnlyList<int> labels)
    {
        var n = scores.Count;
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        Array.Sort(order, (a, b) => scores[a].CompareTo(scores[b]));
        double rankSumPositive = 0;
        long positives = 0;
        for (var i = 0; i < n;)
        {
            var j = i;
            while (j + 1 < n && scores[order[j + 1]].Equals(scores[order[i]])) j++;
            var midRank = (i + j) / 2.0 + 1;
            for (var k = i; k <= j; k++)
                if (labels[order[k]] == 1) { rankSumPositive += midRank; positives++; }
            i = j + 1;
        }
        var negatives = n - positives;
        if (positives == 0 || negatives == 0) return double.NaN;
        return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }

    /// <summary>
    /// Share of positives among the k highest scores. Ties at the cut are broken pessimistically (negatives first),
    /// so a constant score cannot look good.
    /// </summary>
    public static double PrecisionAtK(IReadOnlyList<double> scores, IReadOnlyList<int> labels, int k)
    {
        var n = scores.Count;
        k = Math.Min(k, n);
        if (k <= 0) return double.NaN;
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            var c = scores[b].CompareTo(scores[a]);
            return c != 0 ? c : labels[a].CompareTo(labels[b]);
        });
        var hits = 0;
        for (var i = 0; i < k; i++) if (labels[order[i]] == 1) hits++;
        return hits / (double)k;
    }
}
