namespace Swarmscope.Core.Statistics;

/// <summary>
/// The upper tail of the binomial distribution, P(X ≥ k) for X ~ Binomial(n, p): the p-value of k or more successes
/// in n trials where each succeeds with probability p (posts in office hours, gaps in one length class). Summed in log
/// space from the first term outwards like <see cref="PoissonTail"/>. Checked against R's pbinom in the tests.
/// </summary>
public static class BinomialTail
{
    /// <summary>P(X ≥ k).</summary>
    public static double AtLeast(int k, int n, double p) => Math.Exp(LogAtLeast(k, n, p));

    /// <summary>ln P(X ≥ k). 0 for k ≤ 0; −∞ for k &gt; n, or p = 0 and k ≥ 1.</summary>
    public static double LogAtLeast(int k, int n, double p)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "must not be negative");
        if (double.IsNaN(p) || p < 0 || p > 1) throw new ArgumentOutOfRangeException(nameof(p), p, "must be a probability");
        if (k <= 0) return 0;
        if (k > n || p == 0) return double.NegativeInfinity;
        if (p == 1) return 0;
        var logP = Math.Log(p);
        var logQ = LogMath.Log1P(-p);
        double LogPmf(int i) => LogChoose(n, i) + i * logP + (n - i) * logQ;
        var mean = n * p;
        if (k > mean)
        {
            // Terms from k upwards shrink by ((n−i)/(i+1))·(p/q) < 1.
            double sum = 1, term = 1;
            var ratio = p / (1 - p);
            for (var i = k; i < n; i++)
            {
                term *= (n - i) / (i + 1.0) * ratio;
                sum += term;
                if (term < 1e-17 * sum) break;
            }
            return Math.Min(0, LogPmf(k) + Math.Log(sum));
        }
        // Here the tail is at least about a half: 1 − P(X ≤ k−1), the lower sum run from k−1 down.
        double lower = 1, t = 1;
        var inverse = (1 - p) / p;
        for (var i = k - 1; i > 0; i--)
        {
            t *= i / (double)(n - i + 1) * inverse;
            lower += t;
            if (t < 1e-17 * lower) break;
        }
        var cdf = Math.Exp(LogPmf(k - 1) + Math.Log(lower));
        return LogMath.Log1P(-Math.Min(cdf, 1));
    }

    private static double LogChoose(int n, int k) => PoissonTail.LogFactorial(n) - PoissonTail.LogFactorial(k) - PoissonTail.LogFactorial(n - k);
}
