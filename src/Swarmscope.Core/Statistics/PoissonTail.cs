namespace Swarmscope.Core.Statistics;

/// <summary>
/// The upper tail of the Poisson distribution, P(X ≥ k) for X ~ Poisson(λ): the p-value of seeing k or more events
/// where λ were expected (co-action edges in detection, account-creation bursts in signals). Summed in log space from
/// the largest term outwards, so it neither underflows for large λ (e^−λ is 0 beyond λ ≈ 745) nor loses tiny
/// p-values (ln P stays exact far below the smallest double). Checked against R's ppois in the tests.
/// </summary>
public static class PoissonTail
{
    /// <summary>P(X ≥ k); 0 when it is below the smallest double.</summary>
    public static double AtLeast(int k, double lambda) => Math.Exp(LogAtLeast(k, lambda));

    /// <summary>−log10 P(X ≥ k): the burst strength signals report (large = unlikely by chance).</summary>
    public static double MinusLog10AtLeast(int k, double lambda) => -LogAtLeast(k, lambda) / Math.Log(10);

    /// <summary>ln P(X ≥ k). 0 for k ≤ 0; −∞ for λ = 0 and k ≥ 1; NaN for a NaN λ.</summary>
    public static double LogAtLeast(int k, double lambda)
    {
        if (lambda < 0) throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "must not be negative");
        if (double.IsNaN(lambda)) return double.NaN;
        if (k <= 0) return 0;
        if (lambda == 0) return double.NegativeInfinity;
        if (double.IsPositiveInfinity(lambda)) return 0;
        var logLambda = Math.Log(lambda);
        if (k > lambda)
        {
            // Terms from k upwards shrink by λ/(i+1) < 1: sum relative to the first until they no longer count.
            double sum = 1, term = 1;
            for (var i = k + 1; ; i++)
            {
                term *= lambda / i;
                sum += term;
                if (term < 1e-17 * sum) break;
            }
            return Math.Min(0, LogPmf(k, lambda, logLambda) + Math.Log(sum));
        }
        // The tail is at least about a half here: 1 − P(X ≤ k−1) loses nothing. The lower sum runs from k−1 down,
        // where its terms shrink by i/λ ≤ 1.
        double lower = 1, t = 1;
        for (var i = k - 1; i > 0; i--)
        {
            t *= i / lambda;
            lower += t;
            if (t < 1e-17 * lower) break;
        }
        var cdf = Math.Exp(LogPmf(k - 1, lambda, logLambda) + Math.Log(lower));
        return Log1P(-Math.Min(cdf, 1));
    }

    /// <summary>ln(1 + x), exact for tiny x too (Goldberg's correction; .NET's double.LogP1 computes Log(1 + x)).</summary>
    private static double Log1P(double x)
    {
        var u = 1 + x;
        return u == 1 ? x : u == 0 ? double.NegativeInfinity : Math.Log(u) * x / (u - 1);
    }

    private static double LogPmf(int i, double lambda, double logLambda) => -lambda + i * logLambda - LogFactorial(i);

    private static readonly double[] SmallLogFactorials = BuildTable(256);

    private static double[] BuildTable(int n)
    {
        var table = new double[n];
        for (var i = 2; i < n; i++) table[i] = table[i - 1] + Math.Log(i);
        return table;
    }

    /// <summary>ln n!: exact sums below 256, Stirling's series above (error below 1e−15 there).</summary>
    public static double LogFactorial(int n)
    {
        if (n < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "must not be negative");
        if (n < SmallLogFactorials.Length) return SmallLogFactorials[n];
        double x = n;
        var x2 = x * x;
        return x * Math.Log(x) - x + 0.5 * Math.Log(2 * Math.PI * x) + 1 / (12 * x) - 1 / (360 * x * x2) + 1 / (1260 * x * x2 * x2);
    }
}
