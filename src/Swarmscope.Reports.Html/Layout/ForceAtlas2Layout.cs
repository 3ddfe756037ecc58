namespace Swarmscope.Reports.Html;

/// <summary>
/// ForceAtlas2 (Jacomy et al. 2014, as in Gephi) in LinLog mode, with Barnes–Hut repulsion, computed once here so the
/// reader's browser only draws: degree-weighted repulsion, log attraction along weighted edges, gravity towards the
/// centre, and Gephi's adaptive per-node speed. Deterministic for a seed: the start positions come from a seeded
/// generator, and each node's force is a sum in a fixed order (the parallel loop only splits nodes between threads).
/// </summary>
public static class ForceAtlas2Layout
{
    /// <summary>Positions of <paramref name="nodeCount"/> nodes, scaled into [0, <paramref name="extent"/>]².</summary>
    /// <param name="groups">Optional group of each node (its cluster): members start around a common point, which
    /// saves most of the steps a random start needs to pull a group together.</param>
    public static (float[] X, float[] Y) Compute(int nodeCount, IReadOnlyList<ReportEdge> edges, int seed = 1, int? iterations = null,
        float extent = 1000, IReadOnlyList<int>? groups = null)
    {
        var x = new double[nodeCount];
        var y = new double[nodeCount];
        if (nodeCount == 0) return ([], []);
        var mass = new double[nodeCount];
        for (var i = 0; i < nodeCount; i++) mass[i] = 1;
        foreach (var e in edges) { mass[e.A]++; mass[e.B]++; }

        // Start on a disc whose area grows with the node count, so the first steps are not one explosion.
        var rng = new Random(seed);
        var radius = 10 * Math.Sqrt(nodeCount);
        var centres = new Dictionary<int, (double X, double Y)>();
        for (var i = 0; i < nodeCount; i++)
        {
            var (cx, cy, spread) = (0.0, 0.0, radius);
            if (groups is not null && groups[i] >= 0)
            {
                if (!centres.TryGetValue(groups[i], out var c)) centres[groups[i]] = c = Disc(rng, radius);
                (cx, cy, spread) = (c.X, c.Y, radius / 10);
            }
            var (dx0, dy0) = Disc(rng, spread);
            x[i] = cx + dx0;
            y[i] = cy + dy0;
        }

        var scaling = nodeCount < 100 ? 2.0 : 10.0;
        const double gravity = 1.0;
        var jitterTolerance = nodeCount >= 50_000 ? 10.0 : 1.0;
        var steps = iterations ?? DefaultIterations(nodeCount, edges.Count);
        var dx = new double[nodeCount];
        var dy = new double[nodeCount];
        var oldDx = new double[nodeCount];
        var oldDy = new double[nodeCount];
        double speed = 1, speedEfficiency = 1;
        var tree = new BarnesHutTree(nodeCount);

        for (var step = 0; step < steps; step++)
        {
            (oldDx, dx) = (dx, oldDx);
            (oldDy, dy) = (dy, oldDy);
            tree.Build(x, y, mass);
            Parallel.For(0, nodeCount, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var (fx, fy) = tree.Repulsion(i, x[i], y[i], mass[i], scaling, theta: 1.2);
                // Gravity: a constant pull of gravity × mass towards the centre.
                var d = Math.Sqrt(x[i] * x[i] + y[i] * y[i]);
                if (d > 0)
                {
                    var g = gravity * mass[i] / d;
                    fx -= x[i] * g;
                    fy -= y[i] * g;
                }
                dx[i] = fx;
                dy[i] = fy;
            });
            foreach (var e in edges)
            {
                var ex = x[e.A] - x[e.B];
                var ey = y[e.A] - y[e.B];
                var d = Math.Sqrt(ex * ex + ey * ey);
                if (d <= 0) continue;
                var f = -e.Weight * Math.Log(1 + d) / d;
                dx[e.A] += ex * f; dy[e.A] += ey * f;
                dx[e.B] -= ex * f; dy[e.B] -= ey * f;
            }

            double swinging = 0, traction = 0;
            for (var i = 0; i < nodeCount; i++)
            {
                swinging += mass[i] * Math.Sqrt(Sq(oldDx[i] - dx[i]) + Sq(oldDy[i] - dy[i]));
                traction += mass[i] * 0.5 * Math.Sqrt(Sq(oldDx[i] + dx[i]) + Sq(oldDy[i] + dy[i]));
            }
            var estimatedJitter = 0.05 * Math.Sqrt(nodeCount);
            var jitter = jitterTolerance * Math.Max(Math.Sqrt(estimatedJitter), Math.Min(10, estimatedJitter * traction / ((double)nodeCount * nodeCount)));
            if (traction > 0 && swinging / traction > 2)
            {
                if (speedEfficiency > 0.05) speedEfficiency *= 0.5;
                jitter = Math.Max(jitter, jitterTolerance);
            }
            var targetSpeed = swinging > 0 ? jitter * speedEfficiency * traction / swinging : speed * 1.5;
            if (swinging > jitter * traction) { if (speedEfficiency > 0.05) speedEfficiency *= 0.7; }
            else if (speed < 1000) speedEfficiency *= 1.3;
            speed += Math.Min(targetSpeed - speed, 0.5 * speed);

            for (var i = 0; i < nodeCount; i++)
            {
                var nodeSwinging = mass[i] * Math.Sqrt(Sq(oldDx[i] - dx[i]) + Sq(oldDy[i] - dy[i]));
                var factor = speed / (1 + Math.Sqrt(speed * nodeSwinging));
                x[i] += dx[i] * factor;
                y[i] += dy[i] * factor;
            }
        }
        return Normalize(x, y, extent);
    }

    /// <summary>More steps for small graphs, fewer for large ones: about a million node-steps (a second or two) at most.</summary>
    public static int DefaultIterations(int nodes, int edges) =>
        (int)Math.Clamp(1_000_000.0 / Math.Max(1, nodes + edges / 10), 60, 500);

    private static (double X, double Y) Disc(Random rng, double radius)
    {
        var r = radius * Math.Sqrt(rng.NextDouble());
        var a = rng.NextDouble() * 2 * Math.PI;
        return (r * Math.Cos(a), r * Math.Sin(a));
    }

    private static double Sq(double v) => v * v;

    private static (float[] X, float[] Y) Normalize(double[] x, double[] y, float extent)
    {
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsFinite(x[i]) || !double.IsFinite(y[i])) { x[i] = 0; y[i] = 0; }
            minX = Math.Min(minX, x[i]); maxX = Math.Max(maxX, x[i]);
            minY = Math.Min(minY, y[i]); maxY = Math.Max(maxY, y[i]);
        }
        var span = Math.Max(maxX - minX, maxY - minY);
        var scale = span > 0 ? extent / span : 0;
        var offX = (extent - (maxX - minX) * scale) / 2;
        var offY = (extent - (maxY - minY) * scale) / 2;
        var fx = new float[x.Length];
        var fy = new float[y.Length];
        for (var i = 0; i < x.Length; i++)
        {
            fx[i] = Math.Clamp((float)(offX + (x[i] - minX) * scale), 0, extent);
            fy[i] = Math.Clamp((float)(offY + (y[i] - minY) * scale), 0, extent);
        }
        return (fx, fy);
    }
}
