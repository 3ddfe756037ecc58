namespace Swarmscope.Detection;

/// <summary>Upper tail of the Poisson distribution, accurate for very small p-values (summed in log space).</summary>
public static class PoissonTail
{
    /// <summary>P(X ≥ k) for X ~ Poisson(λ).</summary>
    public static double AtLeast(int k, double lambda)
    {
        if (k <= 0) return 1.0;
        if (lambda <= 0) return 0.0;
        if (k <= lambda)
        {
            // The tail is large: 1 − P(X ≤ k−1) loses nothing here.
            var term = Math.Exp(-lambda);
            var cdf = term;
            for (var i = 1; i < k; i++) { term *= lambda / i; cdf += term; }
            return Math.Clamp(1.0 - cdf, 0.0, 1.0);
        }
        var logFirst = -lambda + k * Math.Log(lambda) - LogFactorial(k);
        double sum = 0, t = 1;
        for (var i = k; i < k + 10_000; i++)
        {
            sum += t;
            t *= lambda / (i + 1);
            if (t < 1e-17 * sum) break;
        }
        return Math.Min(1.0, Math.Exp(logFirst + Math.Log(sum)));
    }

    public static double LogFactorial(int n)
    {
        if (n < 2) return 0;
        if (n < 256)
        {
            double s = 0;
            for (var i = 2; i <= n; i++) s += Math.Log(i);
            return s;
        }
        // Stirling's series; error below 1e-10 for n ≥ 256.
        double x = n;
        return x * Math.Log(x) - x + 0.5 * Math.Log(2 * Math.PI * x) + 1 / (12 * x) - 1 / (360 * x * x * x);
    }
}
