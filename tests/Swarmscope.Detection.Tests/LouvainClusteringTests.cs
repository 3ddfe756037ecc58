namespace Swarmscope.Detection.Tests;

public class LouvainClusteringTests
{
    private static (List<(int, int, double)> Edges, int[] Truth) Planted(int seed, int groups, int size, double pIn, double pOut)
    {
        var r = new Random(seed);
        var n = groups * size;
        var truth = new int[n];
        for (var i = 0; i < n; i++) truth[i] = i / size;
        var edges = new List<(int, int, double)>();
        for (var i = 0; i < n; i++)
        for (var j = i + 1; j < n; j++)
            if (r.NextDouble() < (truth[i] == truth[j] ? pIn : pOut)) edges.Add((i, j, 1.0));
        return (edges, truth);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RecoversAPlantedPartition(int seed)
    {
        var (edges, truth) = Planted(seed, groups: 6, size: 40, pIn: 0.25, pOut: 0.01);
        var found = LouvainClustering.Cluster(truth.Length, edges, seed);
        // Every planted group maps to exactly one cluster and no cluster mixes groups.
        for (var g = 0; g < 6; g++)
            Assert.Single(Enumerable.Range(0, truth.Length).Where(i => truth[i] == g).Select(i => found[i]).Distinct());
        Assert.Equal(6, found.Distinct().Count());
        Assert.True(LouvainClustering.Modularity(truth.Length, edges, found) > 0.6);
    }

    [Fact]
    public void SameSeedSameAnswer()
    {
        var (edges, truth) = Planted(9, groups: 5, size: 30, pIn: 0.1, pOut: 0.03);
        var a = LouvainClustering.Cluster(truth.Length, edges, 42);
        var b = LouvainClustering.Cluster(truth.Length, edges, 42);
        Assert.Equal(a, b);
    }

    [Fact]
    public void ClustersAreInternallyConnected()
    {
        // Two disconnected triangles joined only through nothing must not share a cluster.
        var edges = new List<(int, int, double)> { (0, 1, 1), (1, 2, 1), (0, 2, 1), (3, 4, 1), (4, 5, 1), (3, 5, 1) };
        var c = LouvainClustering.Cluster(6, edges, 1);
        Assert.NotEqual(c[0], c[3]);
        Assert.Equal(c[0], c[2]);
    }
}
