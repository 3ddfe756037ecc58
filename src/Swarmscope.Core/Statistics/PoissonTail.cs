namespace Swarmscope.Core.Statistics;

/// <summary>
/// Upper tail of the Poisson distribution, P(X ≥ k) for X ~ Poisson(λ), summed in log space so that the very small
/// p-values of coordination and bursts neither underflow nor lose their digits, and large λ does not underflow e^−λ.
/// The one implementation shared by detection (co-action edges), signals (creation bursts) and narratives (swarms).
/// </summary>
public static class PoissonTail
{
    /// <summary>P(X ≥ k).</summary>
    public static double AtLeast(int k, double lambda)
    {
        if (k <= 0) return 1.0;
        if (lambda <= 0) return 0.0;
        // At or below the mean the tail is at least ≈ 1/2, so 1 − P(X ≤ k−1) loses nothing.
        if (k <= lambda) return Math.Clamp(1.0 - Math.Exp(LogAtMost(k - 1, lambda)), 0.0, 1.0);
        return Math.Min(1.0, Math.Exp(LogUpper(k, lambda)));
    }

    /// <summary>ln P(X ≥ k); −∞ when λ ≤ 0 &lt; k.</summary>
    public static double LogAtLeast(int k, double lambda)
    {
        if (k <= 0) return 0.0;
        if (lambda <= 0) return double.NegativeInfinity;
        return k <= lambda ? Math.Log(AtLeast(k, lambda)) : Math.Min(0.0, LogUpper(k, lambda));
    }

    /// <summary>−log10 P(X ≥ k); an impossible count (λ ≤ 0 &lt; k) reads as <see cref="ImpossibleMinusLog10"/>.</summary>
    public static double MinusLog10AtLeast(int k, double lambda) =>
        k > 0 && lambda <= 0 ? ImpossibleMinusLog10 : -LogAtLeast(k, lambda) / Math.Log(10);

    /// <summary>What <see cref="MinusLog10AtLeast"/> gives for an impossible count: p = 1e−300, about the smallest normal double.</summary>
    public const double ImpossibleMinusLog10 = 300;

    /// <summary>ln n!; exact from a table below 256, Stirling's series (error below 1e−15) above.</summary>
    public static double LogFactorial(int n)
    {
        if (n < 2) return 0;
        if (n < LogFactorials.Length) return LogFactorials[n];
        double x = n;
        return x * Math.Log(x) - x + 0.5 * Math.Log(2 * Math.PI * x) + 1 / (12 * x) - 1 / (360 * x * x * x);
    }

    private static readonly double[] LogFactorials = BuildLogFactorials(256);

    private static double[] BuildLogFactorials(int count)
    {
        var table = new double[count];
        for (var i = 2; i < count; i++) table[i] = table[i - 1] + Math.Log(i);
        return table;
    }

    private static double LogPmf(int i, double lambda) => -lambda + i * Math.Log(lambda) - LogFactorial(i);

    /// <summary>ln P(X ≥ k) for k &gt; λ: the terms fall from k on (ratio λ/(i+1) &lt; 1), summed until negligible.</summary>
    private static double LogUpper(int k, double lambda)
    {
        double sum = 0, term = 1;
        for (var i = k; term >= 1e-17 * sum; i++)
        {
            sum += term;
            term *= lambda / (i + 1);
        }
        return LogPmf(k, lambda) + Math.Log(sum);
    }

    /// <summary>ln P(X ≤ m) for m &lt; λ: the terms fall from m down (ratio i/λ &lt; 1), summed until negligible.</summary>
    private static double LogAtMost(int m, double lambda)
    {
        double sum = 0, term = 1;
        for (var i = m; i >= 0 && term >= 1e-17 * sum; i--)
        {
            sum += term;
            term *= i / lambda;
        }
        return LogPmf(m, lambda) + Math.Log(sum);
    }
}
