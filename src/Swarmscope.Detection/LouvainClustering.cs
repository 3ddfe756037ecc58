namespace Swarmscope.Detection;

/// <summary>
/// Community detection on a weighted undirected graph: Louvain (local moving + aggregation, modularity with a
/// resolution parameter) followed by a Leiden-style refinement that splits any community that is not internally
/// connected (Louvain's known defect). Node visiting order comes from a seeded RNG, so a seed gives one answer.
/// </summary>
public static class LouvainClustering
{
    /// <param name="nodeCount">Nodes are 0..nodeCount-1.</param>
    /// <param name="edges">Undirected edges (u ≠ v), each listed once, positive weight.</param>
    /// <returns>Community of every node, numbered 0.. by decreasing size (ties: smallest member first).</returns>
    public static int[] Cluster(int nodeCount, IReadOnlyList<(int U, int V, double W)> edges, int seed, double resolution = 1.0)
    {
        var graph = Graph.FromEdges(nodeCount, edges);
        var membership = new int[nodeCount];
        for (var i = 0; i < nodeCount; i++) membership[i] = i;
        var rng = new Random(seed);
        var level = graph;
        for (var pass = 0; pass < 50; pass++)
        {
            var community = LocalMoving(level, rng, resolution, out var moved);
            var count = Renumber(community);
            for (var i = 0; i < nodeCount; i++) membership[i] = community[membership[i]];
            if (!moved || count == level.N) break;
            level = level.Aggregate(community, count);
        }
        SplitDisconnected(graph, membership);
        return OrderBySize(membership);
    }

    /// <summary>Newman–Girvan modularity of a partition (for tests and reports).</summary>
    public static double Modularity(int nodeCount, IReadOnlyList<(int U, int V, double W)> edges, int[] membership, double resolution = 1.0)
    {
        double m = 0;
        var communities = membership.Length == 0 ? 0 : membership.Max() + 1;
        var tot = new double[communities];
        double inside = 0;
        foreach (var (u, v, w) in edges)
        {
            m += w;
            tot[membership[u]] += w; tot[membership[v]] += w;
            if (membership[u] == membership[v]) inside += w;
        }
        if (m == 0) return 0;
        double q = inside / m;
        foreach (var t in tot) q -= resolution * (t / (2 * m)) * (t / (2 * m));
        return q;
    }

    private static int[] LocalMoving(Graph g, Random rng, double resolution, out bool movedAny)
    {
        var n = g.N;
        var community = new int[n];
        var tot = new double[n];
        for (var i = 0; i < n; i++) { community[i] = i; tot[i] = g.Degree[i]; }
        var twoM = 0.0;
        for (var i = 0; i < n; i++) twoM += g.Degree[i];
        movedAny = false;
        if (twoM == 0) return community;

        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        var weightTo = new double[n];
        var touched = new List<int>();
        for (var sweep = 0; sweep < 100; sweep++)
        {
            rng.Shuffle(order);
            var moves = 0;
            foreach (var i in order)
            {
                var own = community[i];
                var k = g.Degree[i];
                touched.Clear();
                for (var e = g.Start[i]; e < g.Start[i + 1]; e++)
                {
                    var j = g.Neighbour[e];
                    if (j == i) continue;
                    var c = community[j];
                    if (weightTo[c] == 0) touched.Add(c);
                    weightTo[c] += g.Weight[e];
                }
                tot[own] -= k;
                var best = own;
                var bestGain = weightTo[own] - resolution * k * tot[own] / twoM;
                foreach (var c in touched)
                {
                    var gain = weightTo[c] - resolution * k * tot[c] / twoM;
                    if (gain > bestGain + 1e-12 || Math.Abs(gain - bestGain) <= 1e-12 && c < best && c != own && best != own)
                    {
                        best = c; bestGain = gain;
                    }
                }
                tot[best] += k;
                if (best != own) { community[i] = best; moves++; movedAny = true; }
                foreach (var c in touched) weightTo[c] = 0;
                weightTo[own] = 0;
            }
            if (moves == 0) break;
        }
        return community;
    }

    private static int Renumber(int[] community)
    {
        var map = new Dictionary<int, int>();
        for (var i = 0; i < community.Length; i++)
        {
            if (!map.TryGetValue(community[i], out var c)) { c = map.Count; map[community[i]] = c; }
            community[i] = c;
        }
        return map.Count;
    }

    /// <summary>Refinement: every community becomes its connected components (within-community edges only).</summary>
    private static void SplitDisconnected(Graph g, int[] membership)
    {
        var n = g.N;
        var component = new int[n];
        Array.Fill(component, -1);
        var next = 0;
        var stack = new Stack<int>();
        for (var s = 0; s < n; s++)
        {
            if (component[s] >= 0) continue;
            component[s] = next;
            stack.Push(s);
            while (stack.Count > 0)
            {
                var u = stack.Pop();
                for (var e = g.Start[u]; e < g.Start[u + 1]; e++)
                {
                    var v = g.Neighbour[e];
                    if (component[v] < 0 && membership[v] == membership[u]) { component[v] = next; stack.Push(v); }
                }
            }
            next++;
        }
        Array.Copy(component, membership, n);
    }

    private static int[] OrderBySize(int[] membership)
    {
        var count = membership.Length == 0 ? 0 : membership.Max() + 1;
        var size = new int[count];
        var first = new int[count];
        Array.Fill(first, int.MaxValue);
        for (var i = 0; i < membership.Length; i++) { size[membership[i]]++; first[membership[i]] = Math.Min(first[membership[i]], i); }
        var ids = Enumerable.Range(0, count).OrderByDescending(c => size[c]).ThenBy(c => first[c]).ToArray();
        var rank = new int[count];
        for (var r = 0; r < ids.Length; r++) rank[ids[r]] = r;
        var result = new int[membership.Length];
        for (var i = 0; i < membership.Length; i++) result[i] = rank[membership[i]];
        return result;
    }

    private sealed class Graph
    {
        public int N;
        public int[] Start = [];
        public int[] Neighbour = [];
        public double[] Weight = [];
        /// <summary>Weighted degree; a self-loop of weight w adds 2w (it stands for internal edges of an aggregate).</summary>
        public double[] Degree = [];

        public static Graph FromEdges(int n, IReadOnlyList<(int U, int V, double W)> edges)
        {
            var deg = new int[n + 1];
            foreach (var (u, v, _) in edges) { deg[u + 1]++; if (u != v) deg[v + 1]++; }
            for (var i = 0; i < n; i++) deg[i + 1] += deg[i];
            var fill = (int[])deg.Clone();
            var g = new Graph { N = n, Start = deg, Neighbour = new int[deg[n]], Weight = new double[deg[n]], Degree = new double[n] };
            foreach (var (u, v, w) in edges)
            {
                g.Neighbour[fill[u]] = v; g.Weight[fill[u]++] = w;
                if (u != v) { g.Neighbour[fill[v]] = u; g.Weight[fill[v]++] = w; }
                g.Degree[u] += w; g.Degree[v] += w;
            }
            return g;
        }

        public Graph Aggregate(int[] community, int count)
        {
            var sums = new Dictionary<long, double>();
            for (var u = 0; u < N; u++)
            for (var e = Start[u]; e < Start[u + 1]; e++)
            {
                var v = Neighbour[e];
                if (v < u) continue; // each undirected edge once (self-loops have v == u)
                int cu = community[u], cv = community[v];
                if (cu > cv) (cu, cv) = (cv, cu);
                var key = (long)cu << 32 | (uint)cv;
                sums[key] = sums.GetValueOrDefault(key) + Weight[e];
            }
            var list = new List<(int, int, double)>(sums.Count);
            foreach (var (key, w) in sums) list.Add(((int)(key >> 32), (int)(key & 0xFFFFFFFF), w));
            list.Sort();
            return FromEdges(count, list);
        }
    }
}
