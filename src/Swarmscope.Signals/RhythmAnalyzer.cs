namespace Swarmscope.Signals;

/// <summary>
/// Rhythm measures from one account's post times (Unix seconds, sorted ascending), and the histograms its tests
/// compare with the data set's other accounts (<see cref="RhythmBaseline"/>).
/// </summary>
internal static class RhythmAnalyzer
{
    /// <summary>Half-octave bins of the time between posts: 600 s and 660 s share a bin, 600 s and 3600 s do not.</summary>
    public const int GapBins = 80;
    /// <summary>Half-octave bins of a gap divided by the account's median gap, from 2^-20 to 2^+30.</summary>
    public const int RatioBins = 100;
    public const int RatioOffset = 40;
    /// <summary>Gaps are measured at least this long when divided into the median: minute-precision timestamps make many gaps 0.</summary>
    public const double MinMedianGapSeconds = 60;
    /// <summary>The core of a night's sleep, the window in which the sleepless test looks for a night.</summary>
    public const int NightHours = 6;

    public readonly record struct Rhythm(
        double GapCv, double GapEntropy, double LogGapVariance, int Gaps, int ModalRatioBin, int ModalRatioCount,
        double OfficeShare, int OfficePosts, int QuietHours, int QuietestNightPosts,
        int DormantRestarts, int LongestDormancyDays, double MedianGap);

    /// <summary>
    /// Measures the rhythm and fills <paramref name="gapBins"/> (GapBins), <paramref name="ratioBins"/> (RatioBins)
    /// and, when hours are known, <paramref name="hours"/> (24) with this account's counts.
    /// </summary>
    public static Rhythm Analyze(ReadOnlySpan<uint> times, ZoneClock clock, bool hoursKnown, long dormancySeconds,
        Span<int> gapBins, Span<int> ratioBins, Span<int> hours)
    {
        gapBins.Clear();
        ratioBins.Clear();
        hours.Clear();
        var n = times.Length;
        var gaps = n - 1;
        double sum = 0, sumSq = 0, logSum = 0, logSumSq = 0;
        var restarts = 0;
        long longest = 0;
        var rented = System.Buffers.ArrayPool<double>.Shared.Rent(Math.Max(gaps, 1));
        var sorted = rented.AsSpan(0, Math.Max(gaps, 0));
        for (var i = 1; i < n; i++)
        {
            double gap = times[i] - times[i - 1];
            sorted[i - 1] = gap;
            sum += gap;
            sumSq += gap * gap;
            var log = Math.Log(gap + 1);
            logSum += log;
            logSumSq += log * log;
            gapBins[GapBin(gap)]++;
            if (gap >= dormancySeconds) restarts++;
            if ((long)gap > longest) longest = (long)gap;
        }
        var mean = gaps > 0 ? sum / gaps : 0;
        var variance = gaps > 0 ? Math.Max(0, sumSq / gaps - mean * mean) : 0;
        var cv = mean > 0 ? Math.Sqrt(variance) / mean : double.NaN;
        var logVariance = gaps > 1 ? Math.Max(0, (logSumSq - logSum * logSum / gaps) / (gaps - 1)) : double.NaN;
        double entropy = 0;
        for (var b = 0; b < GapBins; b++)
        {
            var c = gapBins[b];
            if (c == 0) continue;
            var p = c / (double)gaps;
            entropy -= p * Math.Log2(p);
        }
        double median = 0;
        if (gaps > 0)
        {
            sorted.Sort();
            median = gaps % 2 == 1 ? sorted[gaps / 2] : 0.5 * (sorted[gaps / 2 - 1] + sorted[gaps / 2]);
            var scale = Math.Max(median, MinMedianGapSeconds);
            foreach (var gap in sorted) ratioBins[RatioBin(gap / scale)]++;
        }
        int modal = 0, modalCount = 0;
        for (var b = 0; b < RatioBins; b++)
            if (ratioBins[b] > modalCount) { modalCount = ratioBins[b]; modal = b; }
        System.Buffers.ArrayPool<double>.Shared.Return(rented);

        double office = double.NaN;
        int officePosts = 0, quiet = -1, quietestNight = -1;
        if (hoursKnown)
        {
            for (var i = 0; i < n; i++)
            {
                var (dow, hour) = clock.Local(times[i]);
                hours[hour]++;
                if (dow is >= 1 and <= 5 && hour is >= 9 and < 18) officePosts++;
            }
            office = officePosts / (double)n;
            // Longest circular run of hours holding under 1% of the posts: the account's "night".
            var run = 0;
            quiet = 0;
            for (var i = 0; i < 48; i++)
            {
                if (hours[i % 24] * 100 < n) { run++; if (run > quiet) quiet = Math.Min(run, 24); }
                else run = 0;
            }
            quietestNight = int.MaxValue;
            for (var start = 0; start < 24; start++)
            {
                var inWindow = 0;
                for (var h = 0; h < NightHours; h++) inWindow += hours[(start + h) % 24];
                quietestNight = Math.Min(quietestNight, inWindow);
            }
        }
        return new Rhythm(cv, gaps > 0 ? entropy : double.NaN, logVariance, gaps, modal, modalCount,
            office, officePosts, quiet, quietestNight, restarts, (int)(longest / 86400), median);
    }

    public static int GapBin(double gapSeconds) => (int)Math.Min(GapBins - 1, Math.Floor(2 * Math.Log2(gapSeconds + 1)));

    public static int RatioBin(double ratio) =>
        ratio <= 0 ? 0 : (int)Math.Clamp(Math.Floor(2 * Math.Log2(ratio)) + RatioOffset, 0, RatioBins - 1);

    /// <summary>The middle of <paramref name="bin"/> as a multiple of the median gap.</summary>
    public static double RatioBinMiddle(int bin) => Math.Pow(2, (bin - RatioOffset + 0.5) / 2.0);
}
