namespace Swarmscope.Signals;

/// <summary>
/// What the data set's accounts do, for the rhythm tests: per-account shares of gaps per multiple of the account's
/// median gap (half-octave classes), of posts per hour of day and in office hours, averaged over accounts (each
/// account counts once, however much it posts). A test compares one account with the others: its own share is
/// taken out again, so an account cannot vouch for itself.
/// </summary>
internal sealed class RhythmBaseline
{
    /// <summary>Fewer other accounts than this say nothing about what is ordinary here; the tests are then not run.</summary>
    public const int MinAccounts = 5;

    private readonly double[] _ratioShares = new double[RhythmAnalyzer.RatioBins];
    private readonly double[] _hourShares = new double[24];
    private double _officeShares;
    private int _accounts;
    private int _accountsWithHours;

    public void Add(in RhythmAnalyzer.Rhythm r, ReadOnlySpan<int> ratioBins, ReadOnlySpan<int> hours, int posts)
    {
        if (r.Gaps <= 0) return;
        _accounts++;
        for (var b = 0; b < _ratioShares.Length; b++) _ratioShares[b] += ratioBins[b] / (double)r.Gaps;
        if (double.IsNaN(r.OfficeShare)) return;
        _accountsWithHours++;
        _officeShares += r.OfficeShare;
        for (var h = 0; h < 24; h++) _hourShares[h] += hours[h] / (double)posts;
    }

    public void Merge(RhythmBaseline other)
    {
        for (var b = 0; b < _ratioShares.Length; b++) _ratioShares[b] += other._ratioShares[b];
        for (var h = 0; h < 24; h++) _hourShares[h] += other._hourShares[h];
        _officeShares += other._officeShares;
        _accounts += other._accounts;
        _accountsWithHours += other._accountsWithHours;
    }

    /// <summary>
    /// The others' mean share of gaps in the account's most frequent class of gap / median gap, and the number of
    /// classes the others use at all (the classes the account's modal class could have been: a Bonferroni factor).
    /// Scale-free: an account posting every 5 hours is compared with accounts posting every 5 minutes by the shape of
    /// its gaps, not their length. NaN without a baseline.
    /// </summary>
    public (double Share, int Classes) OthersGapShare(in RhythmAnalyzer.Rhythm r, ReadOnlySpan<int> ratioBins)
    {
        var others = _accounts - 1;
        if (others < MinAccounts) return (double.NaN, 0);
        var classes = 0;
        for (var b = 0; b < _ratioShares.Length; b++)
            if (_ratioShares[b] - ratioBins[b] / (double)r.Gaps > 1e-12) classes++;
        var share = (_ratioShares[r.ModalRatioBin] - r.ModalRatioCount / (double)r.Gaps) / others;
        return (Math.Clamp(share, 0, 1), Math.Max(classes, 1));
    }

    /// <summary>The others' mean share of gaps at least <paramref name="ratio"/> times their median gap (whole bins from the one holding the ratio: errs towards more).</summary>
    public double OthersShareOfGapsAtLeast(double ratio, in RhythmAnalyzer.Rhythm r, ReadOnlySpan<int> ratioBins)
    {
        var others = _accounts - 1;
        if (others < MinAccounts) return double.NaN;
        double share = 0;
        for (var b = RhythmAnalyzer.RatioBin(ratio); b < _ratioShares.Length; b++) share += _ratioShares[b] - ratioBins[b] / (double)r.Gaps;
        return Math.Clamp(share / others, 0, 1);
    }

    /// <summary>The others' mean share of posts in office hours.</summary>
    public double OthersOfficeShare(in RhythmAnalyzer.Rhythm r)
    {
        var others = _accountsWithHours - 1;
        if (others < MinAccounts || double.IsNaN(r.OfficeShare)) return double.NaN;
        return Math.Clamp((_officeShares - r.OfficeShare) / others, 0, 1);
    }

    /// <summary>
    /// The share of the others' posts (each account weighted once) in their quietest <see cref="RhythmAnalyzer.NightHours"/>
    /// hours of the day: how quiet an ordinary night is here.
    /// </summary>
    public double OthersNightShare(in RhythmAnalyzer.Rhythm r, ReadOnlySpan<int> hours, int posts)
    {
        var others = _accountsWithHours - 1;
        if (others < MinAccounts || double.IsNaN(r.OfficeShare)) return double.NaN;
        var night = double.MaxValue;
        for (var start = 0; start < 24; start++)
        {
            double inWindow = 0;
            for (var h = 0; h < RhythmAnalyzer.NightHours; h++)
            {
                var hour = (start + h) % 24;
                inWindow += _hourShares[hour] - hours[hour] / (double)posts;
            }
            night = Math.Min(night, inWindow);
        }
        return Math.Clamp(night / others, 0, 1);
    }
}
