using Swarmscope.Core.Findings;
using Swarmscope.TestSupport;

namespace Swarmscope.Investigations.Tests;

/// <summary>The use case front ends and later analyses read stored findings through: the stored run, bounded evidence, its score run.</summary>
public sealed class ReadFindingsTests
{
    [Fact]
    public void Reads_the_latest_detection_run_with_bounded_evidence_one_cluster_whole_and_the_score_run_built_on_it()
    {
        using var dir = new TempDirectory();
        var sim = dir.File("sim");
        new Simulate().Run(new SimulateRequest { OutFolder = sim, Seed = 1 });
        var db = dir.File("sim.duckdb");
        new ImportFiles().Run(new ImportRequest { Paths = [Path.Combine(sim, "posts.csv"), Path.Combine(sim, "accounts.csv")], Database = db });

        var ex = Assert.Throws<InvestigationException>(() => new ReadFindings().Run(new FindingsRequest { Database = db }));
        Assert.Contains("no detection run", ex.Message);

        var detected = new DetectCoordination().Run(new DetectRequest { Database = db });
        var all = new ReadFindings().Run(new FindingsRequest { Database = db, EvidencePerEdge = 2 });
        Assert.Equal(detected.RunId, all.Run.RunId);
        Assert.Equal(RunKind.Detection, all.Run.Kind);
        Assert.Equal(detected.Edges, all.Detection.Edges.Count);
        Assert.Equal(detected.Clusters.Count, all.Detection.Clusters.Count);
        Assert.NotEmpty(all.Evidence);
        Assert.All(all.Evidence.GroupBy(p => p.EdgeId), g => Assert.InRange(g.Count(), 1, 2));
        Assert.All(all.Evidence, p => Assert.False(string.IsNullOrEmpty(p.A.PostId) || string.IsNullOrEmpty(p.B.PostId)));
        Assert.Null(all.ScoreRun);

        var cluster = all.Detection.Clusters[0];
        var one = new ReadFindings().Run(new FindingsRequest { Database = db, RunId = detected.RunId, EvidencePerEdge = 50, Clusters = [cluster.ClusterId] });
        Assert.Equal([cluster.ClusterId], one.Detection.Clusters.Select(c => c.ClusterId));
        Assert.All(one.Detection.Edges, e => Assert.True(e.A.ClusterId == cluster.ClusterId && e.B.ClusterId == cluster.ClusterId));
        var edges = one.Detection.Edges.Select(e => e.EdgeId).ToHashSet();
        Assert.All(one.Evidence, p => Assert.Contains(p.EdgeId, edges));

        var scored = new ScoreAccounts().Run(new ScoreRequest { Database = db, OutFile = dir.File("accounts.csv") });
        var withScore = new ReadFindings().Run(new FindingsRequest { Database = db });
        Assert.Equal(scored.RunId, withScore.ScoreRun!.RunId);
        Assert.Equal(detected.RunId, withScore.ScoreRun.SourceRunId);
        Assert.Equal(scored.Accounts.Count, withScore.Score!.Accounts.Count);
        Assert.NotEmpty(withScore.Score.Farms);
        Assert.Empty(withScore.Evidence);
    }
}
