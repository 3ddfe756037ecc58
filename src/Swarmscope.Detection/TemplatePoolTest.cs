using Swarmscope.Core;
using Swarmscope.Core.Statistics;
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
/// <item>Each account is tested against each pool of which it posted at least two units, at the times the pool is in use: only its posts within
/// an hour (<see cref="DefaultWindowMs"/>) of another account's post from the pool count. X = the distinct units of
/// the pool it posted at such times (only units that at least two <em>other</em> accounts posted, so the pool exists
/// without it). Under the null the account's texts are independent of everybody else's: each of its k posts made at
/// such times is a text of unit u with probability n_u / N (n_u = the others' posts of u, N = all posts), so the
/// expected number of distinct units hit is E = Σ_u 1 − exp(−k n_u / N) and p = P(Poisson(E) ≥ X). Counting
/// distinct texts rather than days keeps habits out (a person who posts the same phrase every morning hits one
/// unit); counting only posts made while others use the pool keeps out people who copy a farm's slogan now and
/// then, on their own schedule.</item>
/// <item>Benjamini–Hochberg over all accounts (each account's smallest p times the pools it touches) at α: the
/// share of falsely flagged accounts.</item>
/// </list>
/// The evidence is templated text posted in the same bursts, never mere agreement on what to share. The burst is an
/// hour wide, so a farm that spreads its posts over the working day is found as well as one that posts in minutes.
/// </summary>
public static class TemplatePoolTest
{
    /// <summary>Accounts with more distinct shared units than this are tested but do not link units into pools (bounds the work to Σ min(d, cap)²).</summary>
    public const int LinkingCap = 400;

    /// <summary>How close in time a post must be to another account's post from the same pool to count (the "burst" of the test).</summary>
    public const long DefaultWindowMs = 3_600_000;

    public static TemplatePoolResult Run(PostCorpus corpus, double alpha, int[]? familyOfPost = null, long windowMs = DefaultWindowMs)
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
                // What a reader sees as the shared object: the first post's own text (the normalized key is for matching only).
                unitLabels.Add(posts[i].Text ?? "");
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

        // 3. Each account against each pool it touches, counting only what it posted while the pool was in use by others.
        var poolTimes = new long[unitsOfPool.Length][];
        var poolAccounts = new int[unitsOfPool.Length][];
        var burstOfPost = new int[posts.Length];
        Array.Fill(burstOfPost, -1);
        var burstLabels = new List<string>();
        {
            var lists = new List<(long Time, int Post)>[unitsOfPool.Length];
            for (var p = 0; p < lists.Length; p++) lists[p] = [];
            for (var i = 0; i < posts.Length; i++)
                if (unitOfPost[i] >= 0 && poolOfUnit[unitOfPost[i]] is var pool and >= 0)
                    lists[pool].Add((posts[i].Time.UnixMilliseconds, i));
            for (var p = 0; p < lists.Length; p++)
            {
                lists[p].Sort();
                poolTimes[p] = lists[p].Select(x => x.Time).ToArray();
                poolAccounts[p] = lists[p].Select(x => corpus.PostAccount[x.Post]).ToArray();
                // Bursts of a pool of two or more texts: its posts chained with gaps of at most the window. A single
                // text's bursts are the near-duplicate layer's business.
                if (unitsOfPool[p].Count < 2) continue;
                for (var k = 0; k < lists[p].Count; k++)
                {
                    if (k == 0 || lists[p][k].Time - lists[p][k - 1].Time > windowMs)
                        burstLabels.Add($"pool {p + 1}: {posts[lists[p][k].Post].Text}");
                    burstOfPost[lists[p][k].Post] = burstLabels.Count - 1;
                }
            }
        }
        var postsOf = new List<int>[corpus.AccountCount];
        for (var i = 0; i < posts.Length; i++) (postsOf[corpus.PostAccount[i]] ??= []).Add(i);
        double total = Math.Max(1, posts.Length);
        var tests = new List<AccountTest>();
        var best = new double[corpus.AccountCount];
        Array.Fill(best, 1.0);
        var bestTest = new int[corpus.AccountCount];
        Array.Fill(bestTest, -1);
        var poolsTouched = new int[corpus.AccountCount];
        var unitsHit = new HashSet<int>();
        for (var a = 0; a < corpus.AccountCount; a++)
        {
            if (sharedUnitsOf[a] is not { } mine) continue;
            foreach (var pool in mine.Select(u => poolOfUnit[u]).Distinct())
            {
                // One shared text is not a pool: test only accounts that posted at least two of its units (with two other users each).
                var candidates = 0;
                foreach (var u in mine)
                    if (poolOfUnit[u] == pool && usersOfUnit[u].Count - 1 >= 2) candidates++;
                if (candidates < 2) continue;
                // Posts of a within the window of another account's post from the pool: the opportunities to be part of a burst.
                var near = 0;
                unitsHit.Clear();
                foreach (var i in postsOf[a])
                {
                    if (!NearOthers(poolTimes[pool], poolAccounts[pool], posts[i].Time.UnixMilliseconds, a, windowMs)) continue;
                    near++;
                    if (unitOfPost[i] >= 0 && poolOfUnit[unitOfPost[i]] == pool) unitsHit.Add(unitOfPost[i]);
                }
                var x = 0;
                double expected = 0;
                foreach (var u in unitsOfPool[pool])
                {
                    var own = byAccountUnit.GetValueOrDefault((long)a << 32 | (uint)u);
                    var others = usersOfUnit[u].Count - (own > 0 ? 1 : 0);
                    if (others < 2) continue;
                    if (unitsHit.Contains(u)) x++;
                    expected += 1 - Math.Exp(-near * (postsOfUnit[u] - own) / total);
                }
                if (x == 0) continue;
                poolsTouched[a]++;
                var p = PoissonTail.AtLeast(x, expected);
                tests.Add(new AccountTest(a, pool, x, expected, p, near));
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
            BurstOfPost = burstOfPost, BurstLabels = burstLabels.ToArray(), Tests = tests, Flagged = flagged,
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
    /// The pool layer: every post of a pool of two or more texts, its object the pool's burst (its posts chained with
    /// gaps of at most the window), co-acting within a burst whatever the time. Tested pairwise like any layer, two
    /// accounts that post from one pool in the same bursts day after day form an edge even when each posts only a
    /// few distinct texts; <see cref="KeepFlaggedMembers"/> adds the edges between accounts the account test flagged.
    /// </summary>
    public static ActionTable Table(PostCorpus corpus, TemplatePoolResult result)
    {
        var account = new List<int>();
        var obj = new List<int>();
        var time = new List<long>();
        var post = new List<int>();
        for (var i = 0; i < corpus.Posts.Length; i++)
        {
            if (result.BurstOfPost[i] < 0) continue;
            account.Add(corpus.PostAccount[i]); obj.Add(result.BurstOfPost[i]); time.Add(corpus.Posts[i].Time.UnixMilliseconds); post.Add(i);
        }
        return ActionTable.Build(Behaviour.TemplatePool, account.Count, account.ToArray(), obj.ToArray(), time.ToArray(), post.ToArray(),
            result.BurstLabels, corpus.AccountCount, ignoresWindow: true);
    }

    /// <summary>
    /// Keeps the pool layer's edges between two accounts the account test flagged against the same pool, with the
    /// larger of their q-values where that is smaller than the pair's own.
    /// </summary>
    public static void KeepFlaggedMembers(List<LayerEdge> layer, TemplatePoolResult result)
    {
        var byAccount = result.Flagged.ToDictionary(t => t.Account);
        foreach (var e in layer)
        {
            if (!byAccount.TryGetValue(e.Edge.A, out var a) || !byAccount.TryGetValue(e.Edge.B, out var b) || a.Pool != b.Pool) continue;
            e.Kept = true;
            e.QValue = Math.Min(e.QValue, Math.Max(a.QValue, b.QValue));
        }
    }

    /// <summary>
    /// One account against one pool: X distinct units of the pool it posted near others' use of the pool, E expected from
    /// its <paramref name="NearPosts"/> posts at such times, p, and (for the account's best pool) q.
    /// </summary>
    public sealed record AccountTest(int Account, int Pool, int Units, double Expected, double PValue, int NearPosts, double QValue = 1);

    /// <summary>True when another account's post from the pool lies within <paramref name="windowMs"/> of <paramref name="time"/>.</summary>
    private static bool NearOthers(long[] times, int[] accounts, long time, int account, long windowMs)
    {
        int lo = 0, hi = times.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (times[mid] < time - windowMs) lo = mid + 1; else hi = mid;
        }
        for (var i = lo; i < times.Length && times[i] <= time + windowMs; i++)
            if (accounts[i] != account) return true;
        return false;
    }

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
