namespace Swarmscope.Simulation;

/// <summary>Zipf-distributed ranks by inverse-CDF lookup: popularity in social media is heavy-tailed.</summary>
internal static class Zipf
{
    public static double[] Cumulative(int count, double exponent)
    {
        var c = new double[count];
        var total = 0.0;
        for (var i = 0; i < count; i++) c[i] = total += 1.0 / Math.Pow(i + 1, exponent);
        for (var i = 0; i < count; i++) c[i] /= total;
        return c;
    }

    public static int Sample(double[] cumulative, Random random)
    {
        var u = random.NextDouble();
        var i = Array.BinarySearch(cumulative, u);
        if (i < 0) i = ~i;
        return Math.Min(i, cumulative.Length - 1);
    }
}
