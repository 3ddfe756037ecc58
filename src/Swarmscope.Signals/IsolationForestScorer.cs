namespace Swarmscope.Signals;

/// <summary>
/// An isolation-forest anomaly score (Liu, Ting &amp; Zhou 2008), seeded so a run can be repeated exactly. It works
/// on the same oriented, clipped robust z-values as <see cref="RobustScorer"/> (unknown = 0, only the suspicious side
/// counts), so it flags accounts that are unusual in a suspicious direction, and rewards unusual *combinations* of
/// signals rather than their sum. Score = 2^(−mean path length / c(sample size)), in (0, 1]; ~0.5 is ordinary.
/// Reasons are the robust scorer's (per-signal z), since a path length explains nothing by itself.
/// </summary>
public sealed class IsolationForestScorer
{
    private readonly RobustScorer _robust;
    private readonly int[] _features;
    private readonly List<Node[]> _trees = [];
    private readonly int _sampleSize;

    private readonly record struct Node(int Feature, double Split, int Left, int Right, int Size);

    private IsolationForestScorer(RobustScorer robust, int[] features, int sampleSize)
    {
        _robust = robust;
        _features = features;
        _sampleSize = sampleSize;
    }

    public static IsolationForestScorer Fit(SignalTable table, IReadOnlyCollection<string>? excluded = null, int trees = 200, int sampleSize = 256, int seed = 20221)
    {
        var robust = RobustScorer.Fit(table, excluded);
        var features = new List<int>();
        for (var s = 0; s < SignalCatalog.Count; s++)
            if (robust.Statistics[s].Known > 0 && !double.IsNaN(ProbeUsed(robust, s))) features.Add(s);
        var scorer = new IsolationForestScorer(robust, features.ToArray(), Math.Min(sampleSize, Math.Max(2, table.Count)));
        var n = table.Count;
        var x = new double[n][];
        for (var i = 0; i < n; i++) x[i] = scorer.Vector(table.Accounts[i]);
        var rng = new Random(seed);
        var maxDepth = (int)Math.Ceiling(Math.Log2(scorer._sampleSize));
        var indices = new int[n];
        for (var t = 0; t < trees && n > 0; t++)
        {
            for (var i = 0; i < n; i++) indices[i] = i;
            var m = scorer._sampleSize;
            for (var i = 0; i < m && i < n; i++) { var j = rng.Next(i, n); (indices[i], indices[j]) = (indices[j], indices[i]); }
            var nodes = new List<Node>();
            Build(nodes, x, indices.AsSpan(0, Math.Min(m, n)).ToArray(), 0, maxDepth, features.Count, rng);
            scorer._trees.Add(nodes.ToArray());
        }
        return scorer;
    }

    // A signal the robust scorer uses yields a number (possibly 0) for a value equal to its centre.
    private static double ProbeUsed(RobustScorer robust, int s) => robust.Statistics[s].Scale > 1e-12 ? 0 : double.NaN;

    private double[] Vector(AccountSignals a)
    {
        var v = new double[_features.Length];
        for (var j = 0; j < _features.Length; j++)
        {
            var z = _robust.OrientedZ(a, _features[j]);
            v[j] = double.IsNaN(z) ? 0 : z;
        }
        return v;
    }

    private static int Build(List<Node> nodes, double[][] x, int[] rows, int depth, int maxDepth, int d, Random rng)
    {
        var self = nodes.Count;
        nodes.Add(new Node(-1, 0, -1, -1, rows.Length));
        if (rows.Length <= 1 || depth >= maxDepth || d == 0) return self;
        // Pick a random feature that still varies in this node (a few tries), then a random split inside its range.
        for (var attempt = 0; attempt < d; attempt++)
        {
            var f = rng.Next(d);
            double min = double.MaxValue, max = double.MinValue;
            foreach (var r in rows) { var v = x[r][f]; if (v < min) min = v; if (v > max) max = v; }
            if (max <= min) continue;
            var split = min + rng.NextDouble() * (max - min);
            var left = rows.Where(r => x[r][f] < split).ToArray();
            var right = rows.Where(r => x[r][f] >= split).ToArray();
            var l = Build(nodes, x, left, depth + 1, maxDepth, d, rng);
            var rr = Build(nodes, x, right, depth + 1, maxDepth, d, rng);
            nodes[self] = new Node(f, split, l, rr, rows.Length);
            return self;
        }
        return self;
    }

    /// <summary>Expected path length of an unsuccessful search in a binary search tree of n points.</summary>
    private static double C(int n) => n <= 1 ? 0 : 2 * (Math.Log(n - 1) + 0.5772156649) - 2.0 * (n - 1) / n;

    public AccountScore Score(AccountSignals account)
    {
        var v = Vector(account);
        double total = 0;
        foreach (var tree in _trees)
        {
            var node = 0;
            var depth = 0;
            while (tree[node].Feature >= 0)
            {
                node = v[tree[node].Feature] < tree[node].Split ? tree[node].Left : tree[node].Right;
                depth++;
            }
            total += depth + C(tree[node].Size);
        }
        var mean = _trees.Count == 0 ? 0 : total / _trees.Count;
        var score = Math.Pow(2, -mean / Math.Max(C(_sampleSize), 1e-9));
        return new AccountScore(account, score, _robust.Score(account).Reasons);
    }

    public List<AccountScore> ScoreAll(SignalTable table)
    {
        var result = new List<AccountScore>(table.Count);
        foreach (var a in table.Accounts) result.Add(Score(a));
        result.Sort((a, b) => b.Score.CompareTo(a.Score));
        return result;
    }
}
