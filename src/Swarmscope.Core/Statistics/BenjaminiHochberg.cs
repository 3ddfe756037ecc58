namespace Swarmscope.Core.Statistics;

/// <summary>Benjamini–Hochberg adjusted p-values (q-values): reject q ≤ α controls the false discovery rate at α.</summary>
public static class BenjaminiHochberg
{
    public static double[] Adjust(ReadOnlySpan<double> p) => Adjust(p, p.Length);

    /// <param name="tests">
    /// The number of hypotheses tested, when larger than the p-values given: the hypotheses left out have p = 1
    /// (account pairs that never co-acted were tested too, and are not significant).
    /// </param>
    public static double[] Adjust(ReadOnlySpan<double> p, double tests)
    {
        var n = p.Length;
        var m = Math.Max(tests, n);
        var order = new int[n];
        var keys = new double[n];
        for (var i = 0; i < n; i++) { order[i] = i; keys[i] = p[i]; }
        Array.Sort(keys, order);
        var q = new double[n];
        var running = 1.0;
        for (var r = n - 1; r >= 0; r--)
        {
            running = Math.Min(running, Math.Min(1.0, keys[r] * m / (r + 1)));
            q[order[r]] = running;
        }
        return q;
    }
}
