namespace Swarmscope.Reports.Html.Tests;

public sealed class ForceAtlas2LayoutTests
{
    [Fact]
    public void Same_seed_gives_the_same_picture()
    {
        var edges = PlantedGroups(6, 30, seed: 3, out var n);
        var (x1, y1) = ForceAtlas2Layout.Compute(n, edges, seed: 7);
        var (x2, y2) = ForceAtlas2Layout.Compute(n, edges, seed: 7);
        Assert.Equal(x1, x2);
        Assert.Equal(y1, y2);
        var (x3, _) = ForceAtlas2Layout.Compute(n, edges, seed: 8);
        Assert.NotEqual(x1, x3);
    }

    [Fact]
    public void Planted_groups_are_drawn_apart_and_members_together()
    {
        var edges = PlantedGroups(6, 30, seed: 1, out var n);
        var (x, y) = ForceAtlas2Layout.Compute(n, edges, seed: 1);
        Assert.All(x, v => Assert.InRange(v, 0, 1000));
        Assert.All(y, v => Assert.InRange(v, 0, 1000));
        // Every account is nearer its own group's centre than any other group's centre.
        var centres = Enumerable.Range(0, 6).Select(g => (X: Enumerable.Range(g * 30, 30).Average(i => x[i]), Y: Enumerable.Range(g * 30, 30).Average(i => y[i]))).ToArray();
        for (var i = 0; i < n; i++)
        {
            var own = i / 30;
            var nearest = Enumerable.Range(0, 6).OrderBy(g => Math.Pow(x[i] - centres[g].X, 2) + Math.Pow(y[i] - centres[g].Y, 2)).First();
            Assert.Equal(own, nearest);
        }
    }

    [Fact]
    public void Barnes_Hut_repulsion_matches_the_exact_sum()
    {
        // With θ → 0 every cell is opened, so the tree must give the brute-force sum.
        var rng = new Random(5);
        const int n = 300;
        var x = new double[n]; var y = new double[n]; var m = new double[n];
        for (var i = 0; i < n; i++) { x[i] = rng.NextDouble() * 100; y[i] = rng.NextDouble() * 100; m[i] = 1 + rng.Next(5); }
        var tree = new BarnesHutTree(n);
        tree.Build(x, y, m);
        for (var i = 0; i < n; i += 17)
        {
            double ex = 0, ey = 0, magnitudes = 0;
            for (var j = 0; j < n; j++)
            {
                if (j == i) continue;
                var dx = x[i] - x[j]; var dy = y[i] - y[j]; var d2 = dx * dx + dy * dy;
                ex += dx * 10 * m[i] * m[j] / d2; ey += dy * 10 * m[i] * m[j] / d2;
                magnitudes += 10 * m[i] * m[j] / Math.Sqrt(d2);
            }
            var (fx, fy) = tree.Repulsion(i, x[i], y[i], m[i], 10, theta: 1e-9);
            Assert.Equal(ex, fx, 6);
            Assert.Equal(ey, fy, 6);
            // The layout's θ = 1.2 errs by a few per cent of the forces involved (opposite pulls partly cancel).
            var (ax, ay) = tree.Repulsion(i, x[i], y[i], m[i], 10, theta: 1.2);
            Assert.True(Math.Sqrt(Math.Pow(ax - ex, 2) + Math.Pow(ay - ey, 2)) <= 0.05 * magnitudes, $"node {i}");
        }
    }

    [Fact]
    public void Degenerate_graphs_lay_out_without_NaN()
    {
        Assert.Empty(ForceAtlas2Layout.Compute(0, []).X);
        var (x1, y1) = ForceAtlas2Layout.Compute(1, []);
        Assert.True(float.IsFinite(x1[0]) && float.IsFinite(y1[0]));
        var (x, y) = ForceAtlas2Layout.Compute(50, [new ReportEdge(0, 1, 1)]);
        Assert.All(x, v => Assert.True(float.IsFinite(v)));
        Assert.All(y, v => Assert.True(float.IsFinite(v)));
    }

    private static List<ReportEdge> PlantedGroups(int groups, int size, int seed, out int n)
    {
        var rng = new Random(seed);
        n = groups * size;
        var edges = new List<ReportEdge>();
        for (var g = 0; g < groups; g++)
            for (var i = 0; i < size; i++)
                for (var j = i + 1; j < size; j++)
                    if (rng.NextDouble() < 0.4) edges.Add(new ReportEdge(g * size + i, g * size + j, 1));
        for (var k = 0; k < groups * 3; k++) edges.Add(new ReportEdge(rng.Next(n), rng.Next(n), 0.2));
        edges.RemoveAll(e => e.A == e.B);
        return edges;
    }
}
