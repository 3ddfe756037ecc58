using System.Text.RegularExpressions;
using Swarmscope.Core;

namespace Swarmscope.Bench.Power;

/// <summary>
/// CooRTweet's rules at its defaults, for comparison (github.com/nicolarighetti/CooRTweet: reshape_tweets,
/// detect_groups, generate_coordinated_network). Intents retweets (object = the retweeted tweet; the original is a
/// row of its own whose object is itself), hashtags, urls and cotweet (text after its normalize_text: mentions and
/// "RT" removed, lower case, trimmed; retweets and replies dropped). detect_groups(time_window = 10,
/// min_participation = 2): accounts with at least 2 rows; pairs of rows on one object with |Δt| ≤ 10 s, without loops
/// (the original itself, one content twice, one account twice); then only pairs touching an account with ≥ 2 rows
/// among the paired contents. generate_coordinated_network(edge_weight = 0.5, subgraph = 0) returns every account of
/// those pairs (<see cref="Flagged"/>); the median-weight subgraph (subgraph = 1: pair count above the median, R's
/// default quantile) is <see cref="FlaggedAboveMedian"/>.
/// </summary>
public static class CooRTweetRules
{
    public const long WindowSeconds = 10;
    public const int MinParticipation = 2;

    private static readonly Regex Mention = new(@"@.+?(\s|$)", RegexOptions.CultureInvariant);

    private sealed record Row(string Object, string Account, string Content, long Seconds);

    public static HashSet<string> Flagged(IReadOnlyList<Post> posts) => Run(posts, aboveMedian: false);

    public static HashSet<string> FlaggedAboveMedian(IReadOnlyList<Post> posts) => Run(posts, aboveMedian: true);

    private static HashSet<string> Run(IReadOnlyList<Post> posts, bool aboveMedian)
    {
        var flagged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rows in Intents(posts))
        {
            var weights = DetectGroups(rows);
            if (weights.Count == 0) continue;
            var threshold = aboveMedian ? Quantile7(weights.Values.Select(w => (double)w).ToArray(), 0.5) : double.NegativeInfinity;
            foreach (var ((a, b), w) in weights)
                if (w > threshold) { flagged.Add(a); flagged.Add(b); }
        }
        return flagged;
    }

    private static IEnumerable<List<Row>> Intents(IReadOnlyList<Post> posts)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < posts.Count; i++) index.TryAdd(posts[i].Id, i);
        long S(int i) => posts[i].Time.UnixMilliseconds / 1000;

        var retweets = new List<Row>();
        var originals = new HashSet<int>();
        for (var i = 0; i < posts.Count; i++)
        {
            if (posts[i].Kind is not (PostKind.Repost or PostKind.Forward) || posts[i].TargetPostId is not { Length: > 0 } t) continue;
            retweets.Add(new Row(t, posts[i].AccountId, posts[i].Id, S(i)));
            if (index.TryGetValue(t, out var o)) originals.Add(o);
        }
        foreach (var o in originals) retweets.Add(new Row(posts[o].Id, posts[o].AccountId, posts[o].Id, S(o)));
        yield return retweets;

        var hashtags = new List<Row>();
        var urls = new List<Row>();
        var cotweets = new List<Row>();
        for (var i = 0; i < posts.Count; i++)
        {
            foreach (var h in posts[i].Hashtags.Distinct()) hashtags.Add(new Row(h, posts[i].AccountId, posts[i].Id, S(i)));
            foreach (var u in posts[i].Urls.Distinct()) urls.Add(new Row(u, posts[i].AccountId, posts[i].Id, S(i)));
            if (posts[i].Kind is PostKind.Post or PostKind.Quote && !string.IsNullOrEmpty(posts[i].Text))
                cotweets.Add(new Row(NormalizeText(posts[i].Text!), posts[i].AccountId, posts[i].Id, S(i)));
        }
        yield return hashtags;
        yield return urls;
        yield return cotweets;
    }

    /// <summary>Its normalize_text: remove mentions, remove "RT", lower case, trim.</summary>
    public static string NormalizeText(string text) => Mention.Replace(text, "").Replace("RT", "", StringComparison.Ordinal).ToLowerInvariant().Trim();

    /// <summary>detect_groups at its defaults; returns the number of coordinated content pairs per account pair (its edge weight).</summary>
    private static Dictionary<(string, string), int> DetectGroups(List<Row> all)
    {
        var perAccount = all.GroupBy(r => r.Account).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var x = all.Where(r => perAccount[r.Account] >= MinParticipation).ToList();
        var pairs = new List<(Row A, Row B)>();
        foreach (var group in x.GroupBy(r => r.Object, StringComparer.Ordinal))
        {
            var g = group.OrderBy(r => r.Seconds).ToArray();
            var lo = 0;
            for (var j = 0; j < g.Length; j++)
            {
                while (g[j].Seconds - g[lo].Seconds > WindowSeconds) lo++;
                for (var i = lo; i < j; i++)
                {
                    var (a, b) = (g[i], g[j]);
                    if (a.Account == b.Account || a.Content == b.Content) continue;
                    pairs.Add((a, b));
                }
            }
        }
        // Loops: the original tweet itself (object_id = content_id) takes part in no pair.
        pairs.RemoveAll(p => IsOriginal(p.A) || IsOriginal(p.B));
        var contents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (a, b) in pairs) { contents.Add(a.Content); contents.Add(b.Content); }
        var qualified = x.Where(r => contents.Contains(r.Content)).GroupBy(r => r.Account)
            .Where(g => g.Count() >= MinParticipation).SelectMany(g => g.Select(r => r.Content)).ToHashSet(StringComparer.Ordinal);
        var weights = new Dictionary<(string, string), int>();
        foreach (var (a, b) in pairs)
        {
            if (!qualified.Contains(a.Content) && !qualified.Contains(b.Content)) continue;
            var key = string.CompareOrdinal(a.Account, b.Account) < 0 ? (a.Account, b.Account) : (b.Account, a.Account);
            weights[key] = weights.GetValueOrDefault(key) + 1;
        }
        return weights;
    }

    private static bool IsOriginal(Row r) => r.Object == r.Content;

    /// <summary>R's default quantile (type 7).</summary>
    private static double Quantile7(double[] values, double p)
    {
        Array.Sort(values);
        var h = (values.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        return lo + 1 < values.Length ? values[lo] + (h - lo) * (values[lo + 1] - values[lo]) : values[lo];
    }
}
