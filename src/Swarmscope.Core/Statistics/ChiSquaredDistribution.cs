namespace Swarmscope.Core.Statistics;

/// <summary>
/// The lower tail of the chi-squared distribution, P(X ≤ x) for X ~ χ²(ν) with real ν (a Satterthwaite-scaled
/// variance test needs fractional degrees of freedom): the regularised lower incomplete gamma P(ν/2, x/2), by its
/// series below a + 1 and Lentz's continued fraction above (Numerical Recipes §6.2). Checked against R's pchisq.
/// </summary>
public static class ChiSquaredDistribution
{
    /// <summary>P(X ≤ x).</summary>
    public static double AtMost(double x, double degreesOfFreedom)
    {
        if (!(degreesOfFreedom > 0)) throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "must be positive");
        if (double.IsNaN(x)) return double.NaN;
        if (x <= 0) return 0;
        if (double.IsPositiveInfinity(x)) return 1;
        var a = degreesOfFreedom / 2;
        var y = x / 2;
        var logPrefix = -y + a * Math.Log(y) - LogGamma(a);
        if (y < a + 1)
        {
            double sum = 1 / a, term = sum, n = a;
            for (var i = 0; i < 100_000; i++)
            {
                n++;
                term *= y / n;
                sum += term;
                if (term < sum * 1e-17) break;
            }
            return Math.Min(1, Math.Exp(logPrefix) * sum);
        }
        // Upper tail Q by the continued fraction, then 1 − Q.
        const double tiny = 1e-300;
        double b = y + 1 - a, c = 1 / tiny, d = 1 / b, h = d;
        for (var i = 1; i < 100_000; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.Abs(d) < tiny) d = tiny;
            c = b + an / c;
            if (Math.Abs(c) < tiny) c = tiny;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-16) break;
        }
        return Math.Max(0, 1 - Math.Exp(logPrefix) * h);
    }

    /// <summary>ln Γ(x) for x &gt; 0 (Lanczos, g = 7, n = 9; about 1e-15 relative).</summary>
    public static double LogGamma(double x)
    {
        if (x < 0.5) return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        ReadOnlySpan<double> g =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ];
        x -= 1;
        var sum = g[0];
        for (var i = 1; i < g.Length; i++) sum += g[i] / (x + i);
        var t = x + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }
}
