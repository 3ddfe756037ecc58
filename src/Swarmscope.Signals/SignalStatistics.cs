namespace Swarmscope.Signals;

/// <summary>Robust location and scale of one signal over a dataset, with a fallback chain for degenerate columns.</summary>
public readonly record struct SignalStatistics(double Center, double Scale, int Known)
{
    /// <summary>
    /// Median and 1.4826·MAD; when MAD is zero (e.g. most accounts at 0) the scale falls back to the mean absolute
    /// deviation from the median (×1.2533), then to the standard deviation. For 0/1 signals it is the Bernoulli
    /// standard deviation around the share p, so a rare trait scores high but not unboundedly.
    /// </summary>
    public static SignalStatistics Fit(ReadOnlySpan<double> column)
    {
        var known = new List<double>(column.Length);
        var binary = true;
        foreach (var v in column)
        {
            if (double.IsNaN(v)) continue;
            known.Add(v);
            if (v != 0 && v != 1) binary = false;
        }
        if (known.Count == 0) return new SignalStatistics(0, 0, 0);
        if (binary)
        {
            double p = 0;
            foreach (var v in known) p += v;
            p /= known.Count;
            return new SignalStatistics(p, Math.Sqrt(p * (1 - p)), known.Count);
        }
        known.Sort();
        var median = Median(known);
        var deviations = new List<double>(known.Count);
        double meanAbs = 0, mean = 0;
        foreach (var v in known) { deviations.Add(Math.Abs(v - median)); meanAbs += Math.Abs(v - median); mean += v; }
        deviations.Sort();
        meanAbs /= known.Count;
        mean /= known.Count;
        var scale = 1.4826 * Median(deviations);
        if (scale <= 1e-12) scale = 1.2533 * meanAbs;
        if (scale <= 1e-12)
        {
            double ss = 0;
            foreach (var v in known) ss += (v - mean) * (v - mean);
            scale = Math.Sqrt(ss / known.Count);
        }
        return new SignalStatistics(median, scale, known.Count);
    }

    public double Z(double value) => Scale > 1e-12 ? (value - Center) / Scale : 0;

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : 0.5 * (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]);
}
