namespace Swarmscope.Signals;

/// <summary>Rhythm signals from one account's post times (Unix seconds, sorted ascending).</summary>
internal static class RhythmAnalyzer
{
    public readonly record struct Rhythm(double GapCv, double GapEntropy, double OfficeShare, int QuietHours, int DormantRestarts, int LongestDormancyDays);

    public static Rhythm Analyze(ReadOnlySpan<uint> times, ZoneClock clock, bool hoursKnown, long dormancySeconds)
    {
        var n = times.Length;
        double sum = 0, sumSq = 0;
        Span<int> gapBins = stackalloc int[80];
        gapBins.Clear();
        var restarts = 0;
        long longest = 0;
        for (var i = 1; i < n; i++)
        {
            double gap = times[i] - times[i - 1];
            sum += gap;
            sumSq += gap * gap;
            // Half-octave bins: 600 s and 660 s share a bin, 600 s and 3600 s do not.
            var bin = (int)Math.Min(79, Math.Floor(2 * Math.Log2(gap + 1)));
            gapBins[bin]++;
            if (gap >= dormancySeconds) restarts++;
            if ((long)gap > longest) longest = (long)gap;
        }
        var gaps = n - 1;
        var mean = gaps > 0 ? sum / gaps : 0;
        var variance = gaps > 0 ? Math.Max(0, sumSq / gaps - mean * mean) : 0;
        var cv = mean > 0 ? Math.Sqrt(variance) / mean : double.NaN;
        double entropy = 0;
        if (gaps > 0)
            foreach (var c in gapBins)
                if (c > 0) { var p = c / (double)gaps; entropy -= p * Math.Log2(p); }

        double office = double.NaN;
        var quiet = -1;
        if (hoursKnown)
        {
            Span<int> hours = stackalloc int[24];
            hours.Clear();
            var inOffice = 0;
            for (var i = 0; i < n; i++)
            {
                var (dow, hour) = clock.Local(times[i]);
                hours[hour]++;
                if (dow is >= 1 and <= 5 && hour is >= 9 and < 18) inOffice++;
            }
            office = inOffice / (double)n;
            // Longest circular run of hours holding under 1% of the posts: the account's "night".
            var run = 0;
            quiet = 0;
            for (var i = 0; i < 48; i++)
            {
                if (hours[i % 24] * 100 < n) { run++; if (run > quiet) quiet = Math.Min(run, 24); }
                else run = 0;
            }
        }
        return new Rhythm(cv, gaps > 0 ? entropy : double.NaN, office, quiet, restarts, (int)(longest / 86400));
    }
}
