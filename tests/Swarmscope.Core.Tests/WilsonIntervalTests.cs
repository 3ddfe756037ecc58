using Swarmscope.Core.Statistics;

namespace Swarmscope.Core.Tests;

public class WilsonIntervalTests
{
    /// <summary>Newcombe (1998), "Two-sided confidence intervals for the single proportion", Statistics in Medicine 17, Table I, method 3.</summary>
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Matches_the_published_intervals(int successes, int trials, double low, double high)
    {
        var interval = WilsonInterval.Of(successes, trials);
        Assert.Equal(low, interval.Low, 4);
        Assert.Equal(high, interval.High, 4);
    }

    [Fact]
    public void No_trials_say_nothing_and_bad_counts_are_refused()
    {
        Assert.Equal((0.0, 1.0), WilsonInterval.Of(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Of(3, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Of(-1, 2));
    }
}
