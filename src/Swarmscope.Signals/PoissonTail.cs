namespace Swarmscope.Signals;

/// <summary>Upper tail of the Poisson distribution, in log space so that large bursts do not underflow.</summary>
public static class PoissonTail
{
    /// <summary>-log10 P(X ≥ k) for X ~ Poisson(lambda).</summary>
    public static double MinusLog10UpperTail(int k, double lambda)
    {
        if (k <= 0) return 0;
        if (lambda <= 0) return 300;
        var lnLambda = Math.Log(lambda);
        double LogPmf(int i) => -lambda + i * lnLambda - LogFactorial(i);
        if (k > lambda)
        {
            // Terms decrease from k on: sum them until negligible.
            var first = LogPmf(k);
            double sum = 1;
            for (var i = k + 1; i < k + 10_000; i++)
            {
                var term = Math.Exp(LogPmf(i) - first);
                sum += term;
                if (term < 1e-16 * sum) break;
            }
            return -(first + Math.Log(sum)) / Math.Log(10);
        }
        double cdf = 0;
        for (var i = 0; i < k; i++) cdf += Math.Exp(LogPmf(i));
        var tail = Math.Max(1 - cdf, 1e-300);
        return -Math.Log10(tail);
    }

    public static double LogFactorial(int n)
    {
        if (n < 2) return 0;
        if (n < 32)
        {
            double s = 0;
            for (var i = 2; i <= n; i++) s += Math.Log(i);
            return s;
        }
        // Stirling series; error far below what a p-value needs at n ≥ 32.
        double x = n;
        return x * Math.Log(x) - x + 0.5 * Math.Log(2 * Math.PI * x) + 1 / (12 * x) - 1 / (360 * x * x * x);
    }
}
