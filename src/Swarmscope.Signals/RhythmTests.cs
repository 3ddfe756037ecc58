using Swarmscope.Core.Statistics;

namespace Swarmscope.Signals;

/// <summary>
/// One-sided significance tests behind the rhythm signals, so that a handful of posts cannot look like a pattern.
/// Each returns a p-value (NaN when the test cannot be run). docs/scoring.md ("Tested signals") gives the reasoning.
/// </summary>
internal static class RhythmTests
{
    /// <summary>π²/6: the variance of the logarithm of an exponential gap, whatever its mean.</summary>
    private const double LogExponentialVariance = Math.PI * Math.PI / 6;
    /// <summary>Excess kurtosis of the logarithm of an exponential variable (a Gumbel variable): 12/5.</summary>
    private const double LogExponentialExcessKurtosis = 2.4;

    /// <summary>
    /// Clockwork: are the gaps more regular than a random (Poisson) poster's? The variance of log gaps is π²/6 for
    /// any Poisson poster; a small sample variance is tested with a chi-squared whose degrees of freedom are scaled
    /// for the log-exponential's kurtosis (Satterthwaite), which keeps the test conservative from 10 gaps on.
    /// People post in bursts (more variable than Poisson), so they are not flagged.
    /// </summary>
    public static double Regularity(in RhythmAnalyzer.Rhythm r)
    {
        if (r.Gaps < 2 || double.IsNaN(r.LogGapVariance)) return double.NaN;
        var m = r.Gaps;
        var df = 2 / (2.0 / (m - 1) + LogExponentialExcessKurtosis / m);
        return ChiSquaredDistribution.AtMost(df * r.LogGapVariance / LogExponentialVariance, df);
    }

    /// <summary>
    /// The same gap again and again: is the account's most frequent class of gap / median gap (half an octave) fuller
    /// than the other accounts' share of that class allows? Binomial tail, times the number of classes (Bonferroni).
    /// </summary>
    public static double SameGap(in RhythmAnalyzer.Rhythm r, double othersShare, int classes)
    {
        if (double.IsNaN(othersShare) || r.Gaps <= 0) return double.NaN;
        return Math.Min(1, classes * BinomialTail.AtLeast(r.ModalRatioCount, r.Gaps, othersShare));
    }

    /// <summary>Office hours: more posts Mon-Fri 09-18 than the other accounts' mean share? Binomial tail.</summary>
    public static double OfficeHours(in RhythmAnalyzer.Rhythm r, double othersShare, int posts) =>
        double.IsNaN(othersShare) ? double.NaN : BinomialTail.AtLeast(r.OfficePosts, posts, othersShare);

    /// <summary>
    /// Sleepless: H0 "the account has a night at least as quiet as an ordinary night here" (some 6-hour window holding
    /// at most the others' night share). Even its quietest window is busier under the alternative; the binomial tail
    /// of that window's count is a valid p-value for the whole union (an intersection-union test).
    /// </summary>
    public static double Sleepless(in RhythmAnalyzer.Rhythm r, double othersNightShare, int posts) =>
        double.IsNaN(othersNightShare) || r.QuietestNightPosts < 0 ? double.NaN : BinomialTail.AtLeast(r.QuietestNightPosts, posts, othersNightShare);

    /// <summary>
    /// Switched off and on: more silences of the dormancy length than the account's own pace explains? A silence is
    /// measured in multiples of the account's median gap, and the other accounts' share of gaps that long gives the
    /// expected count (Poisson tail, which errs towards "not significant" against the binomial).
    /// </summary>
    public static double Dormancy(in RhythmAnalyzer.Rhythm r, double othersShareAtLeast)
    {
        if (double.IsNaN(othersShareAtLeast) || r.Gaps <= 0) return double.NaN;
        if (r.DormantRestarts == 0) return 1;
        return Math.Exp(PoissonTail.LogAtLeast(r.DormantRestarts, r.Gaps * othersShareAtLeast));
    }
}
