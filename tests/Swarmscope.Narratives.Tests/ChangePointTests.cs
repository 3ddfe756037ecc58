namespace Swarmscope.Narratives.Tests;

public class ChangePointTests
{
    [Fact]
    public void FarmSwitchedOffAndOnIsThreePeriodsWithAReactivation()
    {
        var random = new Random(3);
        var counts = new int[120];
        for (var d = 0; d < counts.Length; d++) counts[d] = d is >= 40 and < 70 ? 0 : Poisson(random, 12);
        var periods = ActivityAnalyzer.Periods(ActivitySubject.Cluster, 1, "cluster 1", counts, new DateOnly(2024, 1, 1), new ActivityOptions());
        Assert.Equal(3, periods.Count);
        Assert.True(periods[0].Active);
        Assert.False(periods[1].Active);
        Assert.Equal(new DateOnly(2024, 1, 1).AddDays(40), periods[1].Start);
        Assert.Equal(new DateOnly(2024, 1, 1).AddDays(69), periods[1].End);
        Assert.True(periods[2].Active && periods[2].Reactivation);
    }

    [Fact]
    public void SteadyBurstyActivityIsOnePeriod()
    {
        var random = new Random(5);
        var counts = new int[200];
        for (var d = 0; d < counts.Length; d++) counts[d] = random.Next(10) == 0 ? Poisson(random, 60) : Poisson(random, 6);
        var periods = ActivityAnalyzer.Periods(ActivitySubject.Template, 1, "t", counts, new DateOnly(2024, 1, 1), new ActivityOptions());
        Assert.All(periods, p => Assert.True(p.Active));
    }

    [Fact]
    public void SegmentationMatchesBruteForceOptimum()
    {
        // PELT must return the exact optimum of penalised Poisson cost; check against all segmentations of a short series.
        var random = new Random(9);
        for (var trial = 0; trial < 20; trial++)
        {
            var counts = Enumerable.Range(0, 12).Select(i => Poisson(random, i < 6 ? 2 : 9)).ToArray();
            const double beta = 4;
            var pelt = ChangePoints.Segment(counts, beta);
            var best = double.PositiveInfinity;
            List<int>? bestStarts = null;
            for (var mask = 0; mask < 1 << 11; mask++)
            {
                var starts = new List<int> { 0 };
                for (var b = 0; b < 11; b++) if ((mask & (1 << b)) != 0) starts.Add(b + 1);
                var cost = Cost(counts, starts, beta);
                if (cost < best - 1e-9) { best = cost; bestStarts = starts; }
            }
            Assert.Equal(best, Cost(counts, pelt, beta), 6);
            Assert.NotNull(bestStarts);
        }
    }

    private static double Cost(int[] counts, List<int> starts, double beta)
    {
        double total = 0;
        for (var k = 0; k < starts.Count; k++)
        {
            var s = starts[k];
            var e = k + 1 < starts.Count ? starts[k + 1] : counts.Length;
            long sum = 0;
            for (var d = s; d < e; d++) sum += counts[d];
            total += (sum == 0 ? 0 : 2.0 * (sum - sum * Math.Log((double)sum / (e - s)))) + beta;
        }
        return total - beta;
    }

    private static int Poisson(Random random, double lambda)
    {
        var l = Math.Exp(-lambda);
        var k = 0;
        var p = 1.0;
        do { k++; p *= random.NextDouble(); } while (p > l);
        return k - 1;
    }
}
