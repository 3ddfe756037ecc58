using Swarmscope.Core;
using Swarmscope.Text;

namespace Swarmscope.Detection;

/// <summary>
/// A group-level test for farms that post from a pool of prepared texts (issue 17). Pairwise evidence is sparse for
/// such a farm: two members may post the same text on the same day once a month. The group evidence is strong: a
/// closed set of accounts posts many different texts that nobody else posts.
/// <list type="number">
/// <item>Texts become <em>units</em>: template families, near-duplicates over the whole period (so "I/We made a
/// choice…" with any name or number is one unit). Texts of fewer than five words are left out, as in the
/// near-duplicate layer: stock phrases ("Good morning!", "Legend 🔥") are shared by chance and by habit and say
/// nothing about a pool of prepared texts. A unit is <em>shared</em> when at least two accounts posted it.</item>
/// <item>Shared units used by largely the same accounts (at least two in common, and at least half of the smaller
/// set of users) are joined into <em>pools</em> (union–find): a farm's pool, Cyrillic and Latin spellings included.</item>
/// <item>Each account is tested against each pool it touches: X = the distinct units of the pool it posted (only
/// units that at least two <em>other</em> accounts posted, so the pool exists without it). Under the null the
/// account's posts are independent of everybody else's: each of its k posts is a text of unit u with probability
/// n_u / N (n_u = the others' posts of u, N = all posts), so the expected number of distinct units hit is
/// E = Σ_u 1 − exp(−k n_u / N) and p = P(Poisson(E) ≥ X). Counting distinct texts rather than days is what keeps
/// habits out: a person who posts the same greeting every morning hits one or two popular units (E is large), a
/// farm member posts many rare ones.</item>
/// <item>Benjamini–Hochberg over all accounts (each account's smallest p times the pools it touches) at α: the
/// share of falsely flagged accounts.</item>
/// </list>
/// The evidence it uses is templated text, never mere agreement on what to share; timing plays no part, so a farm
/// that spreads its posts over the day is found as well as one that posts in a burst.
/// </summary>
public static class TemplatePoolTest
{
    /// <summary>Accounts with more distinct shared units than this are tested but do not link units into pools (bounds the work to Σ min(d, cap)²).</summary>
    public const int LinkingCap = 400;

    public static TemplatePoolResult Run(PostCorpus corpus, double alpha, int[]? familyOfPost = null)
    {
        var posts = corpus.Posts;
        familyOfPost ??= Families(corpus);
        // 1. Units.
        var unitOfPost = new int[posts.Length];
        Array.Fill(unitOfPost, -1);
        var unitIndex = new Dictionary<int, int>();
        var unitLabels = new List<string>();
        for (var i = 0; i < posts.Length; i++)
        {
            if (IsCopy(posts[i])) continue;
            var family = familyOfPost[i];
            if (family < 0) continue;
            if (!unitIndex.TryGetValue(family, out var u))
            {
                u = unitIndex[family] = unitLabels.Count;
                unitLabels.Add(TextKey.Of(posts[i].Text) ?? posts[i].Text ?? "");
            }
            unitOfPost[i] = u;
        }
        var unitCount = unitLabels.Count;
        var postsOfUnit = new int[unitCount];
        var usersOfUnit = new List<int>[unitCount];
        var byAccountUnit = new Dictionary<long, int>();
        for (var i = 0; i < posts.Length; i++)
        {
            var u = unitOfPost[i];
            if (u < 0) continue;
            postsOfUnit[u]++;
            var key = (long)corpus.PostAccount[i] << 32 | (uint)u;
            if (byAccountUnit.TryGetValue(key, out var n)) { byAccountUnit[key] = n + 1; continue; }
            byAccountUnit[key] = 1;
            (usersOfUnit[u] ??= []).Add(corpus.PostAccount[i]);
        }
        var sharedUnitsOf = new List<int>?[corpus.AccountCount];
        for (var u = 0; u < unitCount; u++)
        {
            if (usersOfUnit[u].Count < 2) continue;
            foreach (var a in usersOfUnit[u]) (sharedUnitsOf[a] ??= []).Add(u);
        }

        // 2. Pools: shared units linked by common users.
        var common = new Dictionary<long, int>();
        foreach (var units in sharedUnitsOf)
        {
            if (units is null || units.Count < 2 || units.Count > LinkingCap) continue;
            for (var x = 0; x < units.Count; x++)
            for (var y = x + 1; y < units.Count; y++)
            {
                var (u, v) = units[x] < units[y] ? (units[x], units[y]) : (units[y], units[x]);
                var key = (long)u << 32 | (uint)v;
                common[key] = common.GetValueOrDefault(key) + 1;
            }
        }
        var parent = new int[unitCount];
        for (var u = 0; u < unitCount; u++) parent[u] = u;
        foreach (var (key, n) in common)
        {
            int u = (int)(key >> 32), v = (int)(key & 0xFFFFFFFF);
            if (n >= 2 && n * 2 >= Math.Min(usersOfUnit[u].Count, usersOfUnit[v].Count)) Union(parent, u, v);
        }
        var poolOfUnit = new int[unitCount];
        var poolIds = new Dictionary<int, int>();
        for (var u = 0; u < unitCount; u++)
        {
            if (usersOfUnit[u].Count < 2) { poolOfUnit[u] = -1; continue; }
            var root = Find(parent, u);
            if (!poolIds.TryGetValue(root, out var id)) poolIds[root] = id = poolIds.Count;
            poolOfUnit[u] = id;
        }
        var unitsOfPool = new List<int>[poolIds.Count];
        for (var p = 0; p < unitsOfPool.Length; p++) unitsOfPool[p] = [];
        for (var u = 0; u < unitCount; u++) if (poolOfUnit[u] >= 0) unitsOfPool[poolOfUnit[u]].Add(u);

        // 3. Each account against each pool it touches.
        var postsPerAccount = new int[corpus.AccountCount];
        foreach (var a in corpus.PostAccount) postsPerAccount[a]++;
        double total = Math.Max(1, posts.Length);
        var tests = new List<AccountTest>();
        var best = new double[corpus.AccountCount];
        Array.Fill(best, 1.0);
        var bestTest = new int[corpus.AccountCount];
        Array.Fill(bestTest, -1);
        var poolsTouched = new int[corpus.AccountCount];
        for (var a = 0; a < corpus.AccountCount; a++)
        {
            if (sharedUnitsOf[a] is not { } mine) continue;
            foreach (var pool in mine.Select(u => poolOfUnit[u]).Distinct())
            {
                var x = 0;
                double expected = 0;
                foreach (var u in unitsOfPool[pool])
                {
                    var own = byAccountUnit.GetValueOrDefault((long)a << 32 | (uint)u);
                    var others = usersOfUnit[u].Count - (own > 0 ? 1 : 0);
                    if (others < 2) continue;
                    if (own > 0) x++;
                    expected += 1 - Math.Exp(-postsPerAccount[a] * (postsOfUnit[u] - own) / total);
                }
                if (x == 0) continue;
                poolsTouched[a]++;
                var p = PoissonTail.AtLeast(x, expected);
                tests.Add(new AccountTest(a, pool, x, expected, p));
                if (p < best[a]) { best[a] = p; bestTest[a] = tests.Count - 1; }
            }
        }

        // 4. Benjamini–Hochberg over every account (those that touch no pool have p = 1).
        var tested = new List<int>();
        var pValues = new List<double>();
        for (var a = 0; a < corpus.AccountCount; a++)
        {
            if (bestTest[a] < 0) continue;
            tested.Add(a);
            pValues.Add(Math.Min(1, best[a] * poolsTouched[a]));
        }
        var q = BenjaminiHochberg.Adjust(pValues.ToArray(), corpus.AccountCount);
        var flagged = new List<AccountTest>();
        for (var i = 0; i < tested.Count; i++)
        {
            var t = tests[bestTest[tested[i]]] with { QValue = q[i] };
            tests[bestTest[tested[i]]] = t;
            if (q[i] <= alpha) flagged.Add(t);
        }
        return new TemplatePoolResult
        {
            UnitOfPost = unitOfPost, PoolOfUnit = poolOfUnit, UnitLabels = unitLabels.ToArray(), PoolCount = unitsOfPool.Length,
            Tests = tests, Flagged = flagged,
        };
    }

    /// <summary>Template families over the whole period (no time window): near-duplicates of authored texts.</summary>
    public static int[] Families(PostCorpus corpus)
    {
        var texts = new string?[corpus.Posts.Length];
        var times = new long[corpus.Posts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            var p = corpus.Posts[i];
            texts[i] = IsCopy(p) ? null : p.Text;
            times[i] = p.Time.UnixMilliseconds;
        }
        return NearDuplicateGrouper.Group(texts, times, new NearDuplicateOptions { WindowMs = null }).GroupOfPost;
    }

    /// <summary>
    /// The pool layer for the fused network: for every pool, the flagged members' posts of its units (object = unit),
    /// co-acting whatever the time, so two flagged members of one pool are linked by the texts they share.
    /// </summary>
    public static ActionTable Table(PostCorpus corpus, TemplatePoolResult result)
    {
        var poolOfAccount = new Dictionary<int, HashSet<int>>();
        foreach (var t in result.Flagged)
        {
            if (!poolOfAccount.TryGetValue(t.Account, out var set)) poolOfAccount[t.Account] = set = [];
            set.Add(t.Pool);
        }
        var account = new List<int>();
        var obj = new List<int>();
        var time = new List<long>();
        var post = new List<int>();
        for (var i = 0; i < corpus.Posts.Length; i++)
        {
            var u = result.UnitOfPost[i];
            if (u < 0 || result.PoolOfUnit[u] < 0) continue;
            if (!poolOfAccount.TryGetValue(corpus.PostAccount[i], out var pools) || !pools.Contains(result.PoolOfUnit[u])) continue;
            account.Add(corpus.PostAccount[i]); obj.Add(u); time.Add(corpus.Posts[i].Time.UnixMilliseconds); post.Add(i);
        }
        return ActionTable.Build(Behaviour.TemplatePool, account.Count, account.ToArray(), obj.ToArray(), time.ToArray(), post.ToArray(),
            result.UnitLabels, corpus.AccountCount, ignoresWindow: true);
    }

    /// <summary>
    /// The pool layer as kept edges: flagged members of one pool linked by the units they both posted, each edge
    /// carrying the larger of its two accounts' p- and q-values.
    /// </summary>
    public static (ActionTable Table, List<LayerEdge> Edges) Layer(PostCorpus corpus, TemplatePoolResult result)
    {
        var table = Table(corpus, result);
        var byAccount = result.Flagged.ToDictionary(t => t.Account);
        var edges = new List<LayerEdge>();
        foreach (var e in CoActionSweep.Run(table, 0))
        {
            if (!byAccount.TryGetValue(e.A, out var a) || !byAccount.TryGetValue(e.B, out var b) || a.Pool != b.Pool) continue;
            edges.Add(new LayerEdge
            {
                Behaviour = Behaviour.TemplatePool, Edge = e, Expected = Math.Max(a.Expected, b.Expected),
                PValue = Math.Max(a.PValue, b.PValue), QValue = Math.Max(a.QValue, b.QValue), Kept = true,
            });
        }
        return (table, edges);
    }

    /// <summary>One account against one pool: X distinct units of the pool posted, E expected, p and (for the account's best pool) q.</summary>
    public sealed record AccountTest(int Account, int Pool, int Units, double Expected, double PValue, double QValue = 1);

    private static bool IsCopy(Post p) => p.Kind is PostKind.Repost or PostKind.Forward;

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

    private static void Union(int[] parent, int a, int b)
    {
        a = Find(parent, a);
        b = Find(parent, b);
        if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
    }
}
