namespace Swarmscope.Observatory.Agreement;

/// <summary>
/// Krippendorff's alpha for any number of coders and missing values (Krippendorff 2011, "Computing Krippendorff's
/// Alpha-Reliability", section E): units coded by fewer than two coders are not pairable and are left out; the
/// coincidence matrix weighs each unit's ordered value pairs by 1/(m_u − 1); alpha = 1 − (n − 1)·Σ o_ck δ²_ck /
/// Σ n_c n_k δ²_ck. Each unit is one list of values, one per coder, null where that coder gave none.
/// </summary>
public static class KrippendorffAlpha
{
    public static AlphaResult Nominal(IEnumerable<IReadOnlyList<string?>> units)
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        var indexed = Index(units.Select(u => u.OfType<string>()), v => v, values);
        return Compute(indexed, values.Count, (_, c, k) => c == k ? 0 : 1);
    }

    /// <summary>Ordinal, interval or ratio data (numbers; for ordinal, their order is the ranking).</summary>
    public static AlphaResult Numeric(IEnumerable<IReadOnlyList<double?>> units, MeasurementLevel level)
    {
        var map = new Dictionary<double, int>();
        var indexed = Index(units.Select(u => u.Where(v => v.HasValue).Select(v => v!.Value)), v => v, map);
        var number = new double[map.Count];
        foreach (var (v, i) in map) number[i] = v;
        return level switch
        {
            MeasurementLevel.Nominal => Compute(indexed, map.Count, (_, c, k) => c == k ? 0 : 1),
            MeasurementLevel.Interval => Compute(indexed, map.Count, (_, c, k) => Square(number[c] - number[k])),
            MeasurementLevel.Ratio => Compute(indexed, map.Count, (_, c, k) =>
                number[c] + number[k] == 0 ? 0 : Square((number[c] - number[k]) / (number[c] + number[k]))),
            MeasurementLevel.Ordinal => Compute(indexed, map.Count, OrdinalDelta(number)),
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "numbers are ordinal, interval or ratio data"),
        };
    }

    /// <summary>Set-valued data (several frames or themes per item), with the MASI distance as δ².</summary>
    public static AlphaResult Sets(IEnumerable<IReadOnlyList<IReadOnlyCollection<string>?>> units)
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var sets = new List<string[]>();
        var indexed = Index(units.Select(u => u.OfType<IReadOnlyCollection<string>>()), v =>
        {
            var sorted = v.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var key = string.Join('\u001f', sorted);
            if (!map.ContainsKey(key)) sets.Add(sorted);
            return key;
        }, map);
        return Compute(indexed, map.Count, (_, c, k) => MasiDistance.Between(sets[c], sets[k]));
    }

    private static List<int[]> Index<TIn, TKey>(IEnumerable<IEnumerable<TIn>> units, Func<TIn, TKey> key,
        Dictionary<TKey, int> map) where TKey : notnull
    {
        var result = new List<int[]>();
        var buffer = new List<int>();
        foreach (var unit in units)
        {
            buffer.Clear();
            foreach (var value in unit)
            {
                var k = key(value);
                if (!map.TryGetValue(k, out var index)) map[k] = index = map.Count;
                buffer.Add(index);
            }
            if (buffer.Count >= 2) result.Add(buffer.ToArray());
        }
        return result;
    }

    /// <summary>δ² for a pair of value indices, given the value marginals n_c (ordinal needs them).</summary>
    private delegate double Delta(double[] marginals, int c, int k);

    private static Delta OrdinalDelta(double[] number)
    {
        var rank = Enumerable.Range(0, number.Length).OrderBy(i => number[i]).ToArray();
        var position = new int[number.Length];
        for (var r = 0; r < rank.Length; r++) position[rank[r]] = r;
        return (marginals, c, k) =>
        {
            var (lo, hi) = position[c] <= position[k] ? (position[c], position[k]) : (position[k], position[c]);
            double sum = 0;
            for (var g = lo; g <= hi; g++) sum += marginals[rank[g]];
            return Square(sum - (marginals[c] + marginals[k]) / 2);
        };
    }

    private static AlphaResult Compute(List<int[]> units, int valueCount, Delta delta)
    {
        if (units.Count == 0) return AlphaResult.Undefined;
        var coincidence = new double[valueCount, valueCount];
        foreach (var unit in units)
        {
            var weight = 1.0 / (unit.Length - 1);
            for (var i = 0; i < unit.Length; i++)
                for (var j = 0; j < unit.Length; j++)
                    if (i != j) coincidence[unit[i], unit[j]] += weight;
        }
        var marginals = new double[valueCount];
        double n = 0;
        for (var c = 0; c < valueCount; c++)
        {
            for (var k = 0; k < valueCount; k++) marginals[c] += coincidence[c, k];
            n += marginals[c];
        }
        double observed = 0, expected = 0;
        for (var c = 0; c < valueCount; c++)
            for (var k = 0; k < valueCount; k++)
            {
                if (c == k) continue;
                var d = delta(marginals, c, k);
                observed += coincidence[c, k] * d;
                expected += marginals[c] * marginals[k] * d;
            }
        var pairable = (int)Math.Round(n);
        var dObserved = observed / n;
        var dExpected = n > 1 ? expected / (n * (n - 1)) : 0;
        double? alpha = dExpected > 0 ? 1 - dObserved / dExpected : null;
        return new AlphaResult(alpha, units.Count, pairable, dObserved, dExpected);
    }

    private static double Square(double x) => x * x;
}
