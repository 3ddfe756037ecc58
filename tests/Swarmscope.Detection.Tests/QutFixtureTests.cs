using Swarmscope.Ingest.Csv;

namespace Swarmscope.Detection.Tests;

/// <summary>
/// The QUT coordination-network-toolkit's own co-retweet fixture (relative timestamps 0, 59, 60, ...; see
/// data/qut/README.md), imported by the <c>qut</c> importer, gives the node counts the toolkit's
/// test_graph_construction.py asserts for the network without loops.
/// </summary>
public class QutFixtureTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "data", "qut", "coretweet_test_input.csv");

    [Theory]
    [InlineData(1_000L, 1, 2)]
    [InlineData(1_000L, 2, 0)]
    [InlineData(60_000L, 1, 6)]
    public void CoRetweetNodeCountsMatchTheToolkitsTest(long windowMs, int minEdgeWeight, int nodes)
    {
        var posts = ImportedPosts.Load(new QutImporter(), Fixture);
        Assert.Equal(14, posts.Count);

        // The toolkit's thresholds: every account, every edge of at least the minimum weight, no significance filter.
        var result = CoordinationDetector.Detect(posts, new DetectionOptions
        {
            Behaviours = [Behaviour.CoRepost], WindowMs = windowMs, MinParticipation = 1, Alpha = 1, MinWeight = minEdgeWeight,
        });
        Assert.Equal(nodes, result.FlaggedAccounts().Count());
    }
}
