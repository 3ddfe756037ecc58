using Swarmscope.Core.Statistics;

namespace Swarmscope.Signals;

/// <summary>
/// Flags accounts created together. For each creation day, counts the other accounts created within ±1 day and asks
/// how surprising that count is under a Poisson model whose rate is the data set's own creation rate in the
/// surrounding ±90 days (excluding the ±3 days around it, so a burst does not raise its own baseline; floored at a
/// quarter of the data set's mean rate, so a lone account in a quiet era is no burst). One test is made per distinct
/// creation day, so the p-values are adjusted for the number of days tested (Benjamini-Hochberg false discovery
/// rate): two accounts that happen to share a day among hundreds of days are not a burst.
/// </summary>
public static class CreationBurstDetector
{
    private const int HalfWindow = 1;
    private const int Exclusion = 3;
    private const int Neighbourhood = 90;

    /// <summary>One account's creation test.</summary>
    /// <param name="PValue">Benjamini-Hochberg adjusted p-value of its creation day (NaN when the day is unknown).</param>
    /// <param name="Others">Other accounts created within ±1 day.</param>
    /// <param name="Expected">Others expected from the local rate.</param>
    /// <param name="DaysTested">Distinct creation days tested (the adjustment's m).</param>
    public readonly record struct Burst(double PValue, int Others, double Expected, int DaysTested);

    /// <summary>Returns per account (same order as <paramref name="creationDays"/>) its burst test; a null day gives NaN.</summary>
    public static Burst[] Score(IReadOnlyList<int?> creationDays)
    {
        var result = new Burst[creationDays.Count];
        int min = int.MaxValue, max = int.MinValue, known = 0;
        foreach (var d in creationDays)
        {
            if (d is not { } day) continue;
            known++;
            if (day < min) min = day;
            if (day > max) max = day;
        }
        if (known == 0)
        {
            Array.Fill(result, new Burst(double.NaN, 0, 0, 0));
            return result;
        }
        var span = max - min + 1;
        var counts = new int[span + 2 * Neighbourhood + 2];
        var offset = Neighbourhood + 1 - min;
        foreach (var d in creationDays) if (d is { } day) counts[day + offset]++;
        var prefix = new long[counts.Length + 1];
        for (var i = 0; i < counts.Length; i++) prefix[i + 1] = prefix[i] + counts[i];
        long Sum(int from, int to) => prefix[Math.Clamp(to + 1, 0, counts.Length)] - prefix[Math.Clamp(from, 0, counts.Length)];

        var globalRate = known / (double)span;
        var floorRate = Math.Max(0.25 * globalRate, 1.0 / 365);
        // One test per distinct creation day.
        var days = new List<(int Day, double P, int Others, double Expected)>();
        for (var day = min; day <= max; day++)
        {
            var x = day + offset;
            if (counts[x] == 0) continue;
            var others = (int)Sum(x - HalfWindow, x + HalfWindow) - 1;
            var lo = Math.Max(x - Neighbourhood, offset + min);
            var hi = Math.Min(x + Neighbourhood, offset + max);
            var neighbourDays = 0;
            long neighbourCount = 0;
            if (lo <= x - Exclusion - 1) { neighbourDays += x - Exclusion - lo; neighbourCount += Sum(lo, x - Exclusion - 1); }
            if (x + Exclusion + 1 <= hi) { neighbourDays += hi - x - Exclusion; neighbourCount += Sum(x + Exclusion + 1, hi); }
            var rate = neighbourDays > 0 ? neighbourCount / (double)neighbourDays : globalRate;
            var expected = Math.Max(rate, floorRate) * (2 * HalfWindow + 1);
            days.Add((day, Math.Max(PoissonTail.AtLeast(others, expected), 1e-300), others, expected));
        }
        var adjusted = BenjaminiHochberg.Adjust(days.ConvertAll(d => d.P).ToArray());
        var byDay = new Dictionary<int, Burst>(days.Count);
        for (var i = 0; i < days.Count; i++) byDay[days[i].Day] = new Burst(adjusted[i], days[i].Others, days[i].Expected, days.Count);
        for (var i = 0; i < creationDays.Count; i++)
            result[i] = creationDays[i] is { } day ? byDay[day] : new Burst(double.NaN, 0, 0, days.Count);
        return result;
    }

}
