namespace Swarmscope.Observatory.Agreement;

/// <summary>
/// MASI (Measuring Agreement on Set-valued Items), Passonneau (2006, LREC): distance = 1 − J·M, where J is the
/// Jaccard index |A∩B| / |A∪B| and M is the monotonicity weight: 1 when the sets are equal, 2/3 when one is a
/// subset of the other, 1/3 when they overlap otherwise, 0 when disjoint. This is the definition NLTK's
/// <c>masi_distance</c> uses; Passonneau's 2004 variant (distance = 1 − M, without Jaccard) and implementations
/// that square it give other figures. Two empty sets are equal (distance 0).
/// </summary>
public static class MasiDistance
{
    public static double Between(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        var setA = a as IReadOnlySet<string> ?? new HashSet<string>(a, StringComparer.Ordinal);
        var setB = b as IReadOnlySet<string> ?? new HashSet<string>(b, StringComparer.Ordinal);
        if (setA.Count == 0 && setB.Count == 0) return 0;
        var intersection = setA.Count(setB.Contains);
        var union = setA.Count + setB.Count - intersection;
        double monotonicity =
            intersection == setA.Count && intersection == setB.Count ? 1.0
            : intersection == setA.Count || intersection == setB.Count ? 2.0 / 3.0
            : intersection > 0 ? 1.0 / 3.0
            : 0.0;
        return 1.0 - (double)intersection / union * monotonicity;
    }
}
