using Swarmscope.Core.Statistics;

namespace Swarmscope.Signals;

/// <summary>
/// Flags accounts created together. For each account, counts the other accounts created within ±1 day and asks how
/// surprising that count is under a Poisson model whose rate is the dataset's own creation rate in the surrounding
/// ±90 days (excluding the ±3 days around the account, so a burst does not raise its own baseline).
/// </summary>
public static class CreationBurstDetector
{
    private const int HalfWindow = 1;
    private const int Exclusion = 3;
    private const int Neighbourhood = 90;

    /// <summary>Returns per account (same order as <paramref name="creationDays"/>) the -log10 p-value and the count of others in its window; null day → NaN.</summary>
    public static (double Surprise, int Others, double Expected)[] Score(IReadOnlyList<int?> creationDays)
    {
        var result = new (double, int, double)[creationDays.Count];
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
            Array.Fill(result, (double.NaN, 0, 0));
            return result;
        }
        var span = max - min + 1;
        var counts = new int[span + 2 * Neighbourhood + 2];
        var offset = Neighbourhood + 1 - min;
        foreach (var d in creationDays) if (d is { } day) counts[day + offset]++;
        var prefix = new long[counts.Length + 1];
        for (var i = 0; i < counts.Length; i++) prefix[i + 1] = prefix[i] + counts[i];
        long Sum(int from, int to) => prefix[Math.Clamp(to + 1, 0, counts.Length)] - prefix[Math.Clamp(from, 0, counts.Length)];

        // A floor on the rate so that a lone account in a quiet era is not a "burst": a quarter of the dataset's mean daily rate.
        var globalRate = known / (double)span;
        var floorRate = Math.Max(0.25 * globalRate, 1.0 / 365);
        for (var i = 0; i < creationDays.Count; i++)
        {
            if (creationDays[i] is not { } day) { result[i] = (double.NaN, 0, 0); continue; }
            var x = day + offset;
            var others = (int)Sum(x - HalfWindow, x + HalfWindow) - 1;
            // Days of the neighbourhood that lie inside the dataset's span.
            var lo = Math.Max(x - Neighbourhood, offset + min);
            var hi = Math.Min(x + Neighbourhood, offset + max);
            var neighbourDays = 0;
            long neighbourCount = 0;
            if (lo <= x - Exclusion - 1) { neighbourDays += x - Exclusion - lo; neighbourCount += Sum(lo, x - Exclusion - 1); }
            if (x + Exclusion + 1 <= hi) { neighbourDays += hi - x - Exclusion; neighbourCount += Sum(x + Exclusion + 1, hi); }
            var rate = neighbourDays > 0 ? neighbourCount / (double)neighbourDays : globalRate;
            var expected = Math.Max(rate, floorRate) * (2 * HalfWindow + 1);
            result[i] = (PoissonTail.MinusLog10AtLeast(others, expected), others, expected);
        }
        return result;
    }
}
