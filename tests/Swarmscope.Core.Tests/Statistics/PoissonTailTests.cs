using Swarmscope.Core.Statistics;

namespace Swarmscope.Core.Tests.Statistics;

/// <summary>
/// The one Poisson tail against R 4.2.2: <c>ppois(k - 1, λ, lower.tail = FALSE)</c> and its <c>log.p = TRUE</c> form,
/// printed with 17 significant digits (the script is in the comment below). The cases cover both summation
/// directions, λ beyond e^−λ's underflow (the old detection tail returned 1 for k = λ = 1000), tails below the
/// smallest double, and the switch to Stirling's series.
/// <code>
/// for (c in cases) { k &lt;- c[1]; l &lt;- c[2]
///   cat(sprintf("(%d, %.17g, %.17g, %.17g),\n", k, l, ppois(k-1, l, lower.tail=FALSE), ppois(k-1, l, lower.tail=FALSE, log.p=TRUE))) }
/// </code>
/// </summary>
public class PoissonTailTests
{
    private static readonly (int K, double Lambda, double P, double LogP)[] R =
    [
        (1, 0.5, 0.39346934028736658, -0.93275212956718856),
        (3, 2, 0.3233235838169366, -1.1291016497509285),
        (10, 3, 0.0011024881301154794, -6.8101857170363953),
        (2, 7, 0.99270494427556388, -0.0073217947646707195),
        (40, 10, 7.3416363145604719e-13, -27.940044460002596),
        (5, 5, 0.55950671493478754, -0.58069974963142124),
        (1, 9.9999999999999995e-07, 9.999995000001667e-07, -13.815511057964232),
        (100, 1, 3.9812808189568546e-159, -364.72942620471963),
        (1000, 10, 0, -3619.5330453507495),
        (1000, 1000, 0.50420524418021551, -0.68477186329031003),
        (1001, 1000, 0.49159063283149401, -0.71010895592359791),
        (900, 1000, 0.99937740221572491, -0.00062279167875856653),
        (10000, 1000, 0, -14031.269698821252),
        (50, 1, 1.2337508979097349e-65, -149.45797200505862),
        (20, 0.01, 4.0713579795308811e-59, -134.44854388694054),
        (800, 1000, 0.99999999997428424, -2.5715735585740262e-11),
        (1500, 1000, 3.1520793370542053e-49, -111.67860721464416),
        (2000, 2000, 0.5029735484442025, -0.68721769785125186),
        (100000, 99000, 0.00075741992117476706, -7.1855927407897049),
        (3, 1e-300, 0, -2074.1183431638692),
    ];

    [Fact]
    public void MatchesRsPpoisInBothTailsAndInLogSpace()
    {
        foreach (var (k, lambda, p, logP) in R)
        {
            var log = PoissonTail.LogAtLeast(k, lambda);
            Assert.True(Math.Abs(log - logP) <= 1e-9 * Math.Max(1e-300, Math.Abs(logP)) + 1e-14, $"k={k} λ={lambda}: ln P {log} vs R {logP}");
            var tail = PoissonTail.AtLeast(k, lambda);
            Assert.True(p == 0 ? tail < 1e-300 : Math.Abs(tail / p - 1) < 1e-9, $"k={k} λ={lambda}: P {tail} vs R {p}");
            Assert.Equal(-logP / Math.Log(10), PoissonTail.MinusLog10AtLeast(k, lambda), 8);
        }
    }

    [Fact]
    public void EdgesOfTheDomain()
    {
        Assert.Equal(1, PoissonTail.AtLeast(0, 3));
        Assert.Equal(1, PoissonTail.AtLeast(-2, 3));
        Assert.Equal(0, PoissonTail.AtLeast(1, 0));
        Assert.Equal(double.PositiveInfinity, PoissonTail.MinusLog10AtLeast(1, 0));
        Assert.True(double.IsNaN(PoissonTail.AtLeast(1, double.NaN)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PoissonTail.AtLeast(1, -1));
    }

    /// <summary>R's lfactorial, across the switch from exact sums to Stirling's series at 256.</summary>
    [Fact]
    public void LogFactorialMatchesR()
    {
        foreach (var (n, expected) in new (int, double)[]
                 {
                     (0, 0), (1, 0), (2, 0.69314718055994529), (10, 15.104412573075519), (31, 78.092223553315307),
                     (32, 81.557959456115029), (255, 1161.7121011184006), (256, 1167.2572785628804), (257, 1172.8063546477754),
                     (1000, 5912.1281784881639), (123456, 1323904.4924837977),
                 })
            Assert.True(Math.Abs(PoissonTail.LogFactorial(n) - expected) <= 1e-12 * Math.Max(1, expected), $"{n}! : {PoissonTail.LogFactorial(n)} vs {expected}");
    }

    /// <summary>An independent check at many small points: the tail by direct summation of the probabilities.</summary>
    [Fact]
    public void MatchesDirectSummationOnAGrid()
    {
        foreach (var lambda in new[] { 0.01, 0.5, 3.0, 20.0, 90.0 })
        for (var k = 0; k < 60; k++)
        {
            double cdf = 0, term = Math.Exp(-lambda);
            for (var i = 0; i < k; i++) { cdf += term; term *= lambda / (i + 1); }
            double upper = 0;
            term = Math.Exp(-lambda);
            for (var i = 0; i < 400; i++) { if (i >= k) upper += term; term *= lambda / (i + 1); }
            var direct = k <= lambda ? 1 - cdf : upper;
            var tail = PoissonTail.AtLeast(k, lambda);
            Assert.True(Math.Abs(tail - direct) <= 1e-12 + 1e-9 * direct, $"k={k} λ={lambda}: {tail} vs {direct}");
        }
    }
}
