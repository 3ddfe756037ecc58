using Swarmscope.Core;

namespace Swarmscope.Detection.Tests;

/// <summary>
/// Organic reposting (heavy-tailed post popularity, exponential delays after each original) plus optional planted
/// groups that repost the same originals within seconds of each other.
/// </summary>
internal static class PlantedRepostData
{
    public static (List<Post> Posts, HashSet<string> Planted) Make(int seed, int organicAccounts, int originals, int organicReposts,
        int groups, int groupSize, int targetsPerGroup)
    {
        var r = new Random(seed);
        var posts = new List<Post>();
        var planted = new HashSet<string>();
        const long day = 86_400_000;
        var originalTime = new long[originals];
        for (var o = 0; o < originals; o++) originalTime[o] = r.NextInt64(0, 14 * day);
        // Zipf-like popularity: original k is picked with weight 1/(k+1).
        var cumulative = new double[originals];
        double total = 0;
        for (var o = 0; o < originals; o++) { total += 1.0 / (o + 1); cumulative[o] = total; }
        var id = 0;
        for (var i = 0; i < organicReposts; i++)
        {
            var x = r.NextDouble() * total;
            var o = Array.BinarySearch(cumulative, x);
            if (o < 0) o = ~o;
            var delay = (long)(-Math.Log(1 - r.NextDouble()) * 3_600_000); // mean 1 h after the original
            posts.Add(Repost(id++, "org" + r.Next(organicAccounts), originalTime[o] + delay, o));
        }
        for (var g = 0; g < groups; g++)
        {
            for (var t = 0; t < targetsPerGroup; t++)
            {
                var o = r.Next(originals);
                var burst = originalTime[o] + r.NextInt64(0, 6 * 3_600_000);
                for (var m = 0; m < groupSize; m++)
                {
                    if (r.NextDouble() < 0.2) continue; // members skip some pushes
                    var account = $"farm{g}_{m}";
                    planted.Add(account);
                    posts.Add(Repost(id++, account, burst + r.NextInt64(0, 20_000), o));
                }
            }
        }
        return (posts, planted);
    }

    private static Post Repost(int id, string account, long time, int original) => new()
    {
        Platform = Platform.Twitter, Id = "r" + id, AccountId = account, Time = new Timestamp(time, TimePrecision.Millisecond),
        Kind = PostKind.Repost, TargetPostId = "o" + original, Text = "RT original " + original,
    };
}
