using Swarmscope.Core;
using Swarmscope.Core.Statistics;

namespace Swarmscope.Detection;

/// <summary>
/// The detection pipeline, as a sequence of small named steps over <see cref="ActionTable"/>s:
/// build tables → min participation → co-action sweep → null model p-values → Benjamini–Hochberg →
/// filters → fused network → clusters → evidence → cluster summaries.
/// </summary>
public static class CoordinationDetector
{
    public static DetectionResult Detect(IEnumerable<Post> posts, DetectionOptions options) =>
        Detect(new PostCorpus(posts), options);

    public static DetectionResult Detect(PostCorpus corpus, DetectionOptions options)
    {
        var nearDuplicate = options.Behaviours.Contains(Behaviour.NearDuplicateText) && options.NearDuplicateGroups is not null
            ? options.NearDuplicateGroups(corpus) : null;

        var tables = new List<ActionTable>();
        var layers = new List<List<LayerEdge>>();
        var postsPerAccount = new int[corpus.AccountCount];
        foreach (var a in corpus.PostAccount) postsPerAccount[a]++;
        double tests = 0;
        TemplatePoolResult? pools = null;
        List<LayerEdge>? poolLayer = null;
        foreach (var behaviour in options.Behaviours.Distinct())
        {
            if (behaviour == Behaviour.TemplatePool)
            {
                // The group test: pools of prepared texts, tested per account (its own significance) and, through the
                // pools' bursts, per pair like every layer.
                pools = TemplatePoolTest.Run(corpus, options.Alpha, options.TemplateFamilies?.Invoke(corpus), options.PoolWindowMs);
                var poolTable = TemplatePoolTest.Table(corpus, pools);
                tables.Add(poolTable);
                layers.Add(poolLayer = TestLayer(poolTable, options, postsPerAccount));
                tests += PairsTested(poolTable);
                continue;
            }
            var table = ActionTableBuilder.Build(corpus, behaviour, nearDuplicate).WithMinParticipation(options.MinParticipation);
            tables.Add(table);
            layers.Add(TestLayer(table, options, postsPerAccount, ReactionSource.OfRows(table, corpus)));
            tests += PairsTested(table);
        }

        var edgeAlpha = AdjustAndFilter(layers, options, tests);
        if (pools is not null) TemplatePoolTest.KeepFlaggedMembers(poolLayer!, pools);
        var fused = Fuse(layers);
        var (clusterOfAccount, clusterCount) = Cluster(corpus, fused, options.Seed, options.Resolution);

        var byKey = new Dictionary<long, FusedEdge>(fused.Count);
        foreach (var e in fused) byKey[(long)e.A << 32 | (uint)e.B] = e;
        foreach (var t in tables) EvidenceCollector.Collect(t, options.WindowMs, byKey, options.EvidencePerEdge);

        var clusters = ClusterSummarizer.Summarize(corpus, clusterOfAccount, clusterCount, fused, tables, options.TimeZone);
        var layerStats = new List<(Behaviour, int, int, int)>();
        for (var l = 0; l < tables.Count; l++)
            layerStats.Add((tables[l].Behaviour, tables[l].Count, layers[l].Count, layers[l].Count(e => e.Kept)));

        return new DetectionResult
        {
            Corpus = corpus, Options = options, EdgeAlpha = edgeAlpha, Edges = fused, Clusters = clusters, ClusterOfAccount = clusterOfAccount, Layers = layerStats,
            TemplatePools = pools,
        };
    }

    /// <summary>Step: co-action edges of one layer with their p-values under <see cref="CoActionNull"/>.</summary>
    /// <param name="sourceOfRow">Sources of a reaction layer's actions (<see cref="ReactionSource.OfRows"/>), or null.</param>
    public static List<LayerEdge> TestLayer(ActionTable table, DetectionOptions options, int[]? postsPerAccount = null, int[]? sourceOfRow = null)
    {
        var window = options.WindowMs;
        var edges = CoActionSweep.Run(table, window, options.FastWindowMs, options.Threads);
        long totalPosts = 0;
        if (postsPerAccount is not null) foreach (var n in postsPerAccount) totalPosts += n;
        var nullModel = new CoActionNull(table, window, postsPerAccount, totalPosts, sourceOfRow);
        var result = new List<LayerEdge>(edges.Length);
        foreach (var e in edges)
        {
            var expected = nullModel.ExpectedWeight(e.A, e.B);
            result.Add(new LayerEdge
            {
                Behaviour = table.Behaviour, Edge = e, Expected = expected, PValue = PoissonTail.AtLeast(e.Weight, expected),
            });
        }
        return result;
    }

    /// <summary>
    /// Every pair of active accounts on a layer is a hypothesis, co-acting or not: testing only the observed edges
    /// would condition on "co-acted at least once" and flag far too many weight-1 edges between quiet accounts.
    /// </summary>
    public static double PairsTested(ActionTable table)
    {
        var active = new bool[table.AccountCount];
        double n = 0;
        foreach (var a in table.Account) if (!active[a]) { active[a] = true; n++; }
        return n * (n - 1) / 2;
    }

    /// <summary>
    /// Step: q-values over every tested layer edge (out of <paramref name="tests"/> hypotheses), then the
    /// significance, weight and percentile filters. <see cref="DetectionOptions.Alpha"/> is read as the tolerated
    /// share of falsely flagged <em>accounts</em>: a false edge can flag at most two accounts, so with E kept edges
    /// among A accounts the edge-level FDR must be at most α·A/(2E). That bound is applied until it is stable.
    /// </summary>
    /// <returns>The edge-level FDR threshold used.</returns>
    public static double AdjustAndFilter(List<List<LayerEdge>> layers, DetectionOptions options, double tests)
    {
        var all = layers.SelectMany(l => l).ToList();
        var q = BenjaminiHochberg.Adjust(all.Select(e => e.PValue).ToArray(), tests);
        for (var i = 0; i < all.Count; i++) all[i].QValue = q[i];
        var thresholds = new int[layers.Count];
        for (var l = 0; l < layers.Count; l++)
        {
            var layer = layers[l];
            if (options.Percentile is { } pct && layer.Count > 0)
            {
                var weights = layer.Select(e => e.Edge.Weight).OrderBy(w => w).ToArray();
                var index = (int)Math.Ceiling(pct / 100.0 * weights.Length) - 1;
                thresholds[l] = weights[Math.Clamp(index, 0, weights.Length - 1)];
            }
        }
        var edgeAlpha = options.Alpha;
        for (var round = 0; round < 20; round++)
        {
            var accounts = new HashSet<int>();
            var kept = 0;
            for (var l = 0; l < layers.Count; l++)
            foreach (var e in layers[l])
            {
                e.Kept = e.QValue <= edgeAlpha && e.Edge.Weight >= options.MinWeight && e.Edge.Weight >= thresholds[l];
                if (!e.Kept) continue;
                kept++;
                accounts.Add(e.Edge.A);
                accounts.Add(e.Edge.B);
            }
            if (kept == 0 || options.Alpha >= 1) break;
            var bound = Math.Min(options.Alpha, options.Alpha * accounts.Count / (2.0 * kept));
            if (bound >= edgeAlpha * (1 - 1e-9)) break;
            edgeAlpha = bound;
        }
        return edgeAlpha;
    }

    /// <summary>Step: one fused edge per account pair with at least one kept layer edge; strongest first.</summary>
    public static List<FusedEdge> Fuse(List<List<LayerEdge>> layers)
    {
        var byKey = new Dictionary<long, FusedEdge>();
        foreach (var layer in layers)
        {
            var max = 0;
            foreach (var e in layer) if (e.Kept) max = Math.Max(max, e.Edge.Weight);
            foreach (var e in layer)
            {
                if (!e.Kept) continue;
                var key = e.Edge.Key;
                if (!byKey.TryGetValue(key, out var f)) byKey[key] = f = new FusedEdge { A = e.Edge.A, B = e.Edge.B };
                f.Layers.Add(e);
                f.Weight += (double)e.Edge.Weight / max;
            }
        }
        return byKey.Values.OrderByDescending(e => e.Weight).ThenBy(e => e.MinPValue).ThenBy(e => e.A).ThenBy(e => e.B).ToList();
    }

    /// <summary>Step: clusters of the fused network (accounts without kept edges get −1).</summary>
    public static (int[] ClusterOfAccount, int Count) Cluster(PostCorpus corpus, List<FusedEdge> fused, int seed, double resolution)
    {
        var clusterOfAccount = new int[corpus.AccountCount];
        Array.Fill(clusterOfAccount, -1);
        var node = new Dictionary<int, int>();
        var accounts = new List<int>();
        // Nodes in account order so the seed alone decides the result.
        foreach (var a in fused.SelectMany(e => new[] { e.A, e.B }).Distinct().OrderBy(a => a))
        {
            node[a] = accounts.Count;
            accounts.Add(a);
        }
        var list = fused.OrderBy(e => e.A).ThenBy(e => e.B).Select(e => (node[e.A], node[e.B], e.Weight)).ToList();
        var membership = LouvainClustering.Cluster(accounts.Count, list, seed, resolution);
        for (var i = 0; i < accounts.Count; i++) clusterOfAccount[accounts[i]] = membership[i];
        return (clusterOfAccount, membership.Length == 0 ? 0 : membership.Max() + 1);
    }
}
