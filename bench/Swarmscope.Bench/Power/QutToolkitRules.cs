using System.Text;
using System.Text.RegularExpressions;
using Swarmscope.Core;

namespace Swarmscope.Bench.Power;

/// <summary>
/// The QUT Digital Observatory coordination-network-toolkit's rules at its command-line defaults, for comparison
/// (github.com/QUT-Digital-Observatory/coordination-network-toolkit, compute_networks.py): `--time_window 1` (second),
/// `--min_edge_weight 2`, `--similarity_threshold 0.8`. Networks co_retweet (same repost_id), co_tweet (same text
/// after its message_preprocessor: @mentions stripped, lower case, whitespace collapsed; reposts excluded), co_reply
/// (same reply_id; reposts excluded), co_link (same URL; URLs of reposts ignored) and co_similar_tweet (Jaccard of
/// token sets ≥ 0.8; reposts excluded). The weight of user_1 → user_2 is the number of distinct messages of user_1
/// with a match by user_2 within the window (|Δt| ≤ window, timestamps in seconds); loops are left out as in its
/// default export. An account is flagged when it has an edge of weight ≥ 2 in any network, in either direction.
/// </summary>
public static class QutToolkitRules
{
    public const double WindowSeconds = 1;
    public const int MinEdgeWeight = 2;
    public const double SimilarityThreshold = 0.8;

    private static readonly Regex Mention = new(@"@.*?(?=(?:\s|$))", RegexOptions.CultureInvariant);
    private static readonly Regex Token = new(@"[\p{L}\p{M}\p{N}_']+|[^\s\p{L}\p{M}\p{N}_']", RegexOptions.CultureInvariant);

    public static HashSet<string> Flagged(IReadOnlyList<Post> posts, double windowSeconds = WindowSeconds, int minEdgeWeight = MinEdgeWeight)
    {
        var flagged = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<(string Key, int Post)>();
        void Network()
        {
            foreach (var (a, b) in Edges(posts, rows, windowSeconds, minEdgeWeight)) { flagged.Add(a); flagged.Add(b); }
            rows.Clear();
        }
        for (var i = 0; i < posts.Count; i++) if (IsRepost(posts[i]) && posts[i].TargetPostId is { Length: > 0 } t) rows.Add((t, i));
        Network();
        for (var i = 0; i < posts.Count; i++) if (!IsRepost(posts[i])) rows.Add((Preprocess(posts[i].Text ?? ""), i));
        Network();
        for (var i = 0; i < posts.Count; i++) if (!IsRepost(posts[i]) && posts[i].Kind is PostKind.Reply or PostKind.Comment && posts[i].TargetPostId is { Length: > 0 } t) rows.Add((t, i));
        Network();
        for (var i = 0; i < posts.Count; i++)
            if (!IsRepost(posts[i]))
                foreach (var u in posts[i].Urls.Distinct()) rows.Add((u, i));
        Network();
        foreach (var (a, b) in SimilarEdges(posts, windowSeconds, minEdgeWeight)) { flagged.Add(a); flagged.Add(b); }
        return flagged;
    }

    /// <summary>Its message_preprocessor: strip @mentions, lower case, collapse whitespace.</summary>
    public static string Preprocess(string text) =>
        string.Join(' ', Mention.Replace(text.ToLowerInvariant(), "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool IsRepost(Post p) => p.Kind is PostKind.Repost or PostKind.Forward;

    private static double Seconds(Post p) => p.Time.UnixMilliseconds / 1000.0;

    /// <summary>Directed weights user_1 → user_2 = distinct messages of user_1 matched by user_2 on the same key within the window.</summary>
    private static IEnumerable<(string, string)> Edges(IReadOnlyList<Post> posts, List<(string Key, int Post)> rows, double window, int minWeight)
    {
        var weights = new Dictionary<(string, string), HashSet<int>>();
        foreach (var group in rows.GroupBy(r => r.Key, StringComparer.Ordinal))
        {
            var g = group.Select(r => r.Post).OrderBy(i => Seconds(posts[i])).ToArray();
            var lo = 0;
            for (var i = 0; i < g.Length; i++)
            {
                var ti = Seconds(posts[g[i]]);
                while (Seconds(posts[g[lo]]) < ti - window) lo++;
                for (var j = lo; j < g.Length && Seconds(posts[g[j]]) <= ti + window; j++)
                {
                    var (u1, u2) = (posts[g[i]].AccountId, posts[g[j]].AccountId);
                    if (u1 == u2) continue;
                    if (!weights.TryGetValue((u1, u2), out var set)) weights[(u1, u2)] = set = [];
                    set.Add(g[i]);
                }
            }
        }
        foreach (var (pair, messages) in weights) if (messages.Count >= minWeight) yield return pair;
    }

    private static IEnumerable<(string, string)> SimilarEdges(IReadOnlyList<Post> posts, double window, int minWeight)
    {
        var candidates = new List<int>();
        for (var i = 0; i < posts.Count; i++) if (!IsRepost(posts[i]) && !string.IsNullOrEmpty(posts[i].Text)) candidates.Add(i);
        candidates.Sort((x, y) => posts[x].Time.UnixMilliseconds.CompareTo(posts[y].Time.UnixMilliseconds));
        var tokens = new Dictionary<int, HashSet<string>>();
        HashSet<string> TokensOf(int i)
        {
            if (!tokens.TryGetValue(i, out var set))
                tokens[i] = set = Token.Matches(Mention.Replace(posts[i].Text!.ToLowerInvariant(), "")).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
            return set;
        }
        var weights = new Dictionary<(string, string), HashSet<int>>();
        var lo = 0;
        for (var k = 0; k < candidates.Count; k++)
        {
            var i = candidates[k];
            var ti = Seconds(posts[i]);
            while (Seconds(posts[candidates[lo]]) < ti - window) lo++;
            for (var m = lo; m < candidates.Count && Seconds(posts[candidates[m]]) <= ti + window; m++)
            {
                var j = candidates[m];
                if (posts[i].AccountId == posts[j].AccountId) continue;
                var (a, b) = (TokensOf(i), TokensOf(j));
                if (a.Count == 0 || b.Count == 0) continue; // its MinDocSizeSimilarity(1): empty documents are never similar
                var common = a.Count(b.Contains);
                if ((double)common / (a.Count + b.Count - common) < SimilarityThreshold) continue;
                var key = (posts[i].AccountId, posts[j].AccountId);
                if (!weights.TryGetValue(key, out var set)) weights[key] = set = [];
                set.Add(i);
            }
        }
        foreach (var (pair, messages) in weights) if (messages.Count >= minWeight) yield return pair;
    }
}
