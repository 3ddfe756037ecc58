namespace Swarmscope.Narratives;

/// <summary>
/// P(Poisson(λ) ≥ k). Temporary: the shared tail moves to Swarmscope.Core.Statistics (issue 13); this file goes
/// when that lands.
/// </summary>
internal static class SwarmStatistics
{
    public static double PoissonAtLeast(int k, double lambda)
    {
        if (k <= 0) return 1;
        if (lambda <= 0) return 0;
        // Sum the upper tail in log space from k upward until terms vanish.
        var logTerm = k * Math.Log(lambda) - lambda - LogFactorial(k);
        double sum = 0;
        for (var i = k; i < k + 10_000; i++)
        {
            var term = Math.Exp(logTerm);
            sum += term;
            if (term < sum * 1e-16 && i > lambda) break;
            logTerm += Math.Log(lambda) - Math.Log(i + 1);
        }
        return Math.Min(1, sum);
    }

    private static double LogFactorial(int n)
    {
        double s = 0;
        for (var i = 2; i <= n; i++) s += Math.Log(i);
        return s;
    }
}
