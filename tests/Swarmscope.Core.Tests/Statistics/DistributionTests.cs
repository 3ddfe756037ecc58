using Swarmscope.Core.Statistics;

namespace Swarmscope.Core.Tests;

/// <summary>The distributions behind the tested signals, against published values and brute-force sums.</summary>
public class DistributionTests
{
    [Theory]
    // Values of R 4.x: pnorm(z, lower.tail = FALSE) and qnorm(p, lower.tail = FALSE).
    [InlineData(0, 0.5)]
    [InlineData(1.6448536269514722, 0.05)]
    [InlineData(1.959963984540054, 0.025)]
    [InlineData(2.3263478740408408, 0.01)]
    [InlineData(-1.6448536269514722, 0.95)]
    [InlineData(6.361340902404056, 1e-10)]
    public void NormalTailAndQuantileMatchPublishedValues(double z, double p)
    {
        Assert.Equal(p, NormalDistribution.UpperTail(z), p * 1e-9);
        Assert.Equal(z, NormalDistribution.UpperQuantile(p), 1e-9);
    }

    [Fact]
    public void NormalQuantileInvertsTheTailFromTheCentreToTheFarTail()
    {
        foreach (var p in new[] { 0.999, 0.7, 0.5, 0.3, 0.1, 1e-3, 1e-6, 1e-12, 1e-30, 1e-100, 1e-300 })
        {
            var z = NormalDistribution.UpperQuantile(p);
            Assert.Equal(1, NormalDistribution.UpperTail(z) / p, 1e-8);
        }
        Assert.Equal(double.PositiveInfinity, NormalDistribution.UpperQuantile(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => NormalDistribution.UpperQuantile(1.5));
    }

    [Fact]
    public void BinomialTailMatchesTheDirectSum()
    {
        foreach (var (n, p) in new[] { (10, 0.3), (45, 0.34), (200, 0.05), (120, 0.9), (1, 0.5) })
        {
            // pmf by the recurrence pmf(i+1) = pmf(i) · (n−i)/(i+1) · p/q, summed from the top.
            var pmf = new double[n + 1];
            pmf[0] = Math.Pow(1 - p, n);
            for (var i = 0; i < n; i++) pmf[i + 1] = pmf[i] * (n - i) / (i + 1) * p / (1 - p);
            for (var k = 0; k <= n + 1; k++)
            {
                double tail = 0;
                for (var i = Math.Max(k, 0); i <= n; i++) tail += pmf[i];
                var got = BinomialTail.AtLeast(k, n, p);
                Assert.True(Math.Abs(got - tail) <= 1e-12 + 1e-9 * tail, $"n {n} p {p} k {k}: {got} vs {tail}");
            }
        }
        Assert.Equal(double.NegativeInfinity, BinomialTail.LogAtLeast(5, 4, 0.5));
        Assert.Equal(0, BinomialTail.LogAtLeast(0, 4, 0.5));
        // Far tails keep their logarithm: 60 of 60 at p = 0.01 is 1e-120.
        Assert.Equal(60 * Math.Log(0.01), BinomialTail.LogAtLeast(60, 60, 0.01), 9);
    }

    [Fact]
    public void ChiSquaredLowerTailMatchesClosedForms()
    {
        foreach (var x in new[] { 0.001, 0.1, 0.5, 1, 2.5, 4, 9, 20, 60 })
        {
            // Even degrees of freedom 2k: P(X ≤ x) = 1 − e^(−x/2) Σ_{i<k} (x/2)^i / i!.
            foreach (var k in new[] { 1, 2, 5, 20 })
            {
                double sum = 0, term = 1;
                for (var i = 0; i < k; i++) { sum += term; term *= x / 2 / (i + 1); }
                var exact = 1 - Math.Exp(-x / 2) * sum;
                Assert.True(Math.Abs(ChiSquaredDistribution.AtMost(x, 2 * k) - exact) < 1e-12, $"x {x} df {2 * k}");
            }
            // One degree of freedom: P(X ≤ x) = P(|Z| ≤ √x).
            Assert.Equal(1 - 2 * NormalDistribution.UpperTail(Math.Sqrt(x)), ChiSquaredDistribution.AtMost(x, 1), 12);
        }
        Assert.Equal(0, ChiSquaredDistribution.AtMost(0, 3.7));
        Assert.Equal(Math.Log(24), ChiSquaredDistribution.LogGamma(5), 12);
        Assert.Equal(0.5 * Math.Log(Math.PI), ChiSquaredDistribution.LogGamma(0.5), 12);
    }
}
