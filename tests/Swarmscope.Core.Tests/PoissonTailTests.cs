using Swarmscope.Core.Statistics;

namespace Swarmscope.Core.Tests;

/// <summary>The shared Poisson tail against sums computed independently (term by term, log factorials summed).</summary>
public class PoissonTailTests
{
    /// <summary>ln P(X ≥ k) by brute force: every term from its own ln i! (no table, no Stirling), log-sum-exp.</summary>
    private static double ReferenceLogTail(int k, double lambda)
    {
        var logs = new List<double>();
        double logFactorial = 0;
        var top = (int)(lambda + 40 * Math.Sqrt(lambda + 1) + k + 50);
        for (var i = 0; i <= top; i++)
        {
            if (i >= 2) logFactorial += Math.Log(i);
            if (i >= k) logs.Add(-lambda + i * Math.Log(lambda) - logFactorial);
        }
        var max = logs.Max();
        return max + Math.Log(logs.Sum(l => Math.Exp(l - max)));
    }

    [Fact]
    public void Small_means_match_the_direct_sum()
    {
        foreach (var lambda in new[] { 0.01, 0.5, 3.0, 20.0 })
            for (var k = 0; k < 40; k++)
            {
                double cdf = 0, term = Math.Exp(-lambda);
                for (var i = 0; i < k; i++) { cdf += term; term *= lambda / (i + 1); }
                var direct = 1 - cdf;
                var tail = PoissonTail.AtLeast(k, lambda);
                if (direct > 1e-6) Assert.Equal(direct, tail, 9);
                else Assert.Equal(ReferenceLogTail(k, lambda), Math.Log(tail), 9);
            }
    }

    [Fact]
    public void Far_tail_keeps_its_digits()
    {
        // P(X ≥ 50 | λ = 1) = e^−1/50! (1 + 1/51 + 1/(51·52) + ...)
        var expected = Math.Exp(-1 - PoissonTail.LogFactorial(50)) * (1 + 1.0 / 51 + 1.0 / (51 * 52));
        Assert.Equal(1, PoissonTail.AtLeast(50, 1) / expected, 4);
        // Beyond double range (p ≈ 1e−472): the log forms still give the exponent.
        Assert.Equal(0, PoissonTail.AtLeast(400, 10));
        Assert.Equal(-ReferenceLogTail(400, 10) / Math.Log(10), PoissonTail.MinusLog10AtLeast(400, 10), 6);
    }

    [Theory]
    [InlineData(950, 1000.0)]   // below the mean: e^−1000 underflows, the tail is ≈ 0.94, not 1
    [InlineData(1000, 1000.0)]
    [InlineData(1100, 1000.0)]
    [InlineData(30_000, 30_000.5)]
    [InlineData(31_000, 30_000.5)]
    public void Large_means_do_not_underflow(int k, double lambda)
    {
        // The reference sums ~k logarithms, so it is itself good to ≈ 1e−8 relative at λ = 30,000.
        var reference = ReferenceLogTail(k, lambda);
        Assert.Equal(reference, PoissonTail.LogAtLeast(k, lambda), 1e-7 * Math.Max(1, Math.Abs(reference)));
        Assert.Equal(Math.Exp(reference), PoissonTail.AtLeast(k, lambda), 1e-7 * Math.Exp(reference));
    }

    [Fact]
    public void Minus_log10_matches_the_direct_sum()
    {
        foreach (var (k, lambda) in new[] { (1, 0.5), (3, 2.0), (10, 3.0), (2, 7.0), (40, 10.0) })
            Assert.Equal(-ReferenceLogTail(k, lambda) / Math.Log(10), PoissonTail.MinusLog10AtLeast(k, lambda), 6);
    }

    [Fact]
    public void Edges_are_certain_or_impossible()
    {
        Assert.Equal(1, PoissonTail.AtLeast(0, 5));
        Assert.Equal(1, PoissonTail.AtLeast(-3, 0));
        Assert.Equal(0, PoissonTail.AtLeast(1, 0));
        Assert.Equal(0, PoissonTail.MinusLog10AtLeast(0, 0));
        Assert.Equal(PoissonTail.ImpossibleMinusLog10, PoissonTail.MinusLog10AtLeast(1, 0));
    }

    [Fact]
    public void Log_factorial_is_exact_across_the_table_and_Stirling()
    {
        double exact = 0;
        for (var n = 2; n <= 400; n++)
        {
            exact += Math.Log(n);
            Assert.Equal(exact, PoissonTail.LogFactorial(n), 1e-12 * exact);
        }
    }
}
