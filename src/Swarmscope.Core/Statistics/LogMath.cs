namespace Swarmscope.Core.Statistics;

/// <summary>Logarithms that keep their accuracy where the distributions' tails need it.</summary>
public static class LogMath
{
    /// <summary>ln(1 + x), exact for tiny x too (Goldberg's correction; .NET's double.LogP1 computes Log(1 + x)).</summary>
    public static double Log1P(double x)
    {
        var u = 1 + x;
        return u == 1 ? x : u == 0 ? double.NegativeInfinity : Math.Log(u) * x / (u - 1);
    }
}
