namespace Swarmscope.Narratives;

/// <summary>
/// Optimal segmentation of a daily count series into stretches of constant rate: PELT (Killick, Fearnhead &amp;
/// Eckley 2012, "Optimal detection of changepoints with a linear computational cost", JASA) with the Poisson
/// likelihood as segment cost and a quasi-Poisson BIC penalty: β = 2·φ·ln n per change, where φ is the series'
/// dispersion (1 for Poisson counts; larger for bursty posting, so bursts alone do not become periods).
/// </summary>
public static class ChangePoints
{
    /// <summary>Segment boundaries: start indices of each segment (the first is 0), ascending.</summary>
    public static List<int> Segment(ReadOnlySpan<int> counts, double? penalty = null, int minLength = 1)
    {
        var n = counts.Length;
        if (n == 0) return [];
        var prefix = new long[n + 1];
        for (var i = 0; i < n; i++) prefix[i + 1] = prefix[i] + counts[i];
        var beta = penalty ?? 2 * Dispersion(counts) * Math.Log(Math.Max(n, 2));
        minLength = Math.Max(1, minLength);

        var f = new double[n + 1];
        var last = new int[n + 1];
        f[0] = -beta;
        var candidates = new List<int> { 0 };
        var keep = new List<int>();
        for (var t = 1; t <= n; t++)
        {
            var best = double.PositiveInfinity;
            var arg = 0;
            foreach (var s in candidates)
            {
                if (t - s < minLength) continue;
                var v = f[s] + Cost(prefix[t] - prefix[s], t - s) + beta;
                if (v < best) { best = v; arg = s; }
            }
            if (double.IsPositiveInfinity(best)) { best = f[0] + Cost(prefix[t], t) + beta; arg = 0; }
            f[t] = best;
            last[t] = arg;
            // Pruning: a start that cannot beat the optimum now never will (the cost is additive; K = 0).
            keep.Clear();
            foreach (var s in candidates)
                if (t - s < minLength || f[s] + Cost(prefix[t] - prefix[s], t - s) <= f[t]) keep.Add(s);
            keep.Add(t);
            (candidates, keep) = (keep, candidates);
        }
        var starts = new List<int>();
        for (var t = n; t > 0; t = last[t]) starts.Add(last[t]);
        starts.Reverse();
        return starts;
    }

    /// <summary>−2 log-likelihood of a Poisson segment with its own rate, without the terms every segmentation shares.</summary>
    private static double Cost(long sum, int length) => sum == 0 ? 0 : 2.0 * (sum - sum * Math.Log((double)sum / length));

    /// <summary>
    /// Dispersion φ of a count series from neighbouring days: E[(x_t − x_{t−1})²] = E[x_t + x_{t−1}] for Poisson
    /// counts of a slowly varying rate, so the ratio of their sums is ≈ 1 for Poisson and grows with burstiness.
    /// Never below 1.
    /// </summary>
    public static double Dispersion(ReadOnlySpan<int> counts)
    {
        double squares = 0, sums = 0;
        for (var t = 1; t < counts.Length; t++)
        {
            double d = counts[t] - counts[t - 1];
            squares += d * d;
            sums += counts[t] + counts[t - 1];
        }
        return sums == 0 ? 1 : Math.Max(1, squares / sums);
    }
}
