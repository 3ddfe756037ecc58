using Swarmscope.Core;

namespace Swarmscope.Bench.Power;

/// <summary>
/// Timing-only coordination after Pacheco et al. (2021, "Uncovering Coordinated Networks on Social Media", ICWSM):
/// each account is a vector of its posts per 30-minute bin, weighted by TF-IDF (bins many accounts post in count
/// less), and two accounts are linked when the cosine similarity of their vectors reaches a threshold. Accounts
/// with fewer than 10 posts are left out (short vectors are similar by chance). The method has no significance of
/// its own; here the threshold is the lowest that flags at most 1% of organic accounts in the organic-only world
/// of the same seed, so its recall is read at a measured false-positive rate.
/// </summary>
public static class BinnedActivitySimilarity
{
    public const long BinMs = 30 * 60_000;
    public const int MinPosts = 10;

    /// <summary>For each account (with enough posts), the highest cosine similarity to any other account.</summary>
    public static Dictionary<string, double> BestSimilarity(IReadOnlyList<Post> posts)
    {
        var byAccount = posts.GroupBy(p => p.AccountId).Where(g => g.Count() >= MinPosts).ToList();
        var n = byAccount.Count;
        // Sparse TF-IDF vectors: per account its (bin, weight) entries; per bin its (account, weight) entries.
        var binIds = new Dictionary<long, int>();
        var entries = new List<(int Bin, double Count)>[n];
        for (var a = 0; a < n; a++)
        {
            var bins = new Dictionary<int, double>();
            foreach (var p in byAccount[a])
            {
                var key = p.Time.UnixMilliseconds / BinMs;
                if (!binIds.TryGetValue(key, out var b)) binIds[key] = b = binIds.Count;
                bins[b] = bins.GetValueOrDefault(b) + 1;
            }
            entries[a] = bins.Select(kv => (kv.Key, kv.Value)).ToList();
        }
        var members = new List<(int Account, double Weight)>[binIds.Count];
        for (var b = 0; b < members.Length; b++) members[b] = [];
        foreach (var list in entries) foreach (var (b, _) in list) members[b].Add((0, 0));
        var df = members.Select(m => m.Count).ToArray();
        for (var b = 0; b < members.Length; b++) members[b].Clear();
        var norms = new double[n];
        for (var a = 0; a < n; a++)
        {
            foreach (var (b, count) in entries[a])
            {
                var w = count * Math.Log((double)n / df[b]);
                members[b].Add((a, w));
                norms[a] += w * w;
            }
            norms[a] = Math.Sqrt(norms[a]);
        }
        var best = new double[n];
        var dot = new double[n];
        var touched = new List<int>();
        for (var a = 0; a < n; a++)
        {
            foreach (var (b, _) in entries[a])
            {
                var wa = members[b].First(m => m.Account == a).Weight;
                foreach (var (other, wo) in members[b])
                {
                    if (other <= a) continue;
                    if (dot[other] == 0) touched.Add(other);
                    dot[other] += wa * wo;
                }
            }
            foreach (var other in touched)
            {
                if (norms[a] > 0 && norms[other] > 0)
                {
                    var cos = dot[other] / (norms[a] * norms[other]);
                    best[a] = Math.Max(best[a], cos);
                    best[other] = Math.Max(best[other], cos);
                }
                dot[other] = 0;
            }
            touched.Clear();
        }
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var a = 0; a < n; a++) result[byAccount[a].Key] = best[a];
        return result;
    }

    /// <summary>The lowest threshold that flags at most <paramref name="share"/> of the given (organic) accounts.</summary>
    public static double Calibrate(Dictionary<string, double> best, int organicAccounts, double share)
    {
        var allowed = (int)Math.Floor(share * organicAccounts);
        var sorted = best.Values.OrderDescending().ToArray();
        // Flag accounts with similarity strictly above the (allowed+1)-th highest value.
        return allowed < sorted.Length ? sorted[allowed] + 1e-12 : 0;
    }
}
