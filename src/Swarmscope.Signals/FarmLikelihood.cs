using System.Globalization;

namespace Swarmscope.Signals;

/// <summary>
/// Cluster-level "farm likelihood" = (mean percentile of the members' account scores) × (coordination strength).
/// Coordination alone also describes activists who agree; manufactured-looking members alone may be a coincidence.
/// The product is high only when a tightly coordinated group is also made of inauthentic-looking accounts.
/// Percentiles (not raw scores) make it independent of which scorer produced the account scores.
/// </summary>
public static class FarmLikelihood
{
    public static List<FarmAssessment> Assess(IEnumerable<ClusterEvidence> clusters, IReadOnlyList<AccountScore> scores)
    {
        // Percentile of each account's score among all scored accounts (ties share the mid-rank).
        var sorted = new double[scores.Count];
        for (var i = 0; i < scores.Count; i++) sorted[i] = scores[i].Score;
        Array.Sort(sorted);
        var byKey = new Dictionary<string, AccountScore>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in scores)
        {
            byKey.TryAdd(s.Account.AccountId, s);
            if (s.Account.Handle is { Length: > 0 } h) byKey.TryAdd(h, s);
        }
        double Percentile(double score)
        {
            var lo = LowerBound(sorted, score);
            var hi = LowerBound(sorted, Math.BitIncrement(score));
            return sorted.Length == 0 ? 0 : (lo + hi) / 2.0 / sorted.Length;
        }

        var list = clusters.ToList();
        var maxStrength = 0.0;
        foreach (var c in list) if (c.Strength is { } s && s > maxStrength) maxStrength = s;
        var result = new List<FarmAssessment>(list.Count);
        foreach (var c in list)
        {
            double sum = 0;
            var scored = 0;
            var reasonCounts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var m in c.Members)
            {
                if (!byKey.TryGetValue(m, out var s)) continue;
                scored++;
                sum += Percentile(s.Score);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < s.Reasons.Count && i < 3; i++)
                    if (seen.Add(s.Reasons[i].Signal)) reasonCounts[s.Reasons[i].Signal] = reasonCounts.GetValueOrDefault(s.Reasons[i].Signal) + 1;
            }
            var mean = scored == 0 ? 0 : sum / scored;
            // Strengths in 0-1 (density) are used as they are; other scales are divided by the largest cluster's.
            var strength = c.Strength is { } st ? (maxStrength > 1 ? st / maxStrength : st) : 1.0;
            var parts = new List<string>
            {
                string.Create(CultureInfo.InvariantCulture, $"{scored} of {c.Members.Count} members scored, mean account-score percentile {mean:0.00}"),
                c.Strength is null ? "coordination strength not given (ranked on member scores only)"
                    : string.Create(CultureInfo.InvariantCulture, $"coordination strength {strength:0.00}"),
            };
            foreach (var (signal, count) in reasonCounts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(3))
                parts.Add($"{count} member{(count == 1 ? "" : "s")} flagged for {signal}");
            if (!string.IsNullOrWhiteSpace(c.Evidence)) parts.Add(c.Evidence!);
            result.Add(new FarmAssessment(c.ClusterId, mean * strength, c.Members.Count, scored, mean, strength, string.Join("; ", parts)));
        }
        result.Sort((a, b) => b.Likelihood.CompareTo(a.Likelihood));
        return result;
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
