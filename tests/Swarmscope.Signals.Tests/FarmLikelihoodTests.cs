using Swarmscope.TestSupport;

namespace Swarmscope.Signals.Tests;

public class FarmLikelihoodTests
{
    [Fact]
    public void ClusterOfFakesOutranksClusterOfHumansWithEqualCoordination()
    {
        var (accounts, posts, fakes) = Build.ObviousWorld();
        var table = Build.Extract(accounts, posts);
        var scores = RobustScorer.Fit(table).ScoreAll(table);
        var farm = new ClusterEvidence("farm", fakes.ToList(), 0.9, "co-reposted the same 40 posts within 60 s");
        // Activists: ordinary accounts (the five humans the score finds least suspicious) as tightly coordinated as the farm.
        var ordinary = scores.Where(s => !fakes.Contains(s.Account.AccountId)).OrderBy(s => s.Score).Take(5).Select(s => s.Account.AccountId).ToList();
        var activists = new ClusterEvidence("activists", ordinary, 0.9, null);
        var loose = new ClusterEvidence("loose-fakes", fakes.Take(5).ToList(), 0.5, null);
        var result = FarmLikelihood.Assess([activists, loose, farm], scores);
        Assert.Equal(["farm", "loose-fakes", "activists"], result.Select(r => r.ClusterId));
        Assert.True(result[0].Likelihood > 0.7);
        Assert.Equal(10, result[0].MembersScored);
        Assert.Contains("co-reposted", result[0].Reasons);
        Assert.Contains("flagged for", result[0].Reasons);
    }

    [Fact]
    public void MissingStrengthIsSaidAndMembersMatchByHandle()
    {
        var table = Build.Extract([Build.Account("1", handle: "Alpha"), Build.Account("2", handle: "beta")]);
        var scores = RobustScorer.Fit(table).ScoreAll(table);
        var result = FarmLikelihood.Assess([new ClusterEvidence("c", ["alpha", "nobody"], null, null)], scores);
        Assert.Equal(1, result[0].MembersScored);
        Assert.Equal(2, result[0].Members);
        Assert.Contains("not given", result[0].Reasons);
    }

    [Fact]
    public void ReadsClustersCsvOneRowPerMember()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("clusters.csv", "cluster_id,account,density,behaviours\n1,anna,0.8,\"co-repost, template\"\n1,bolat,0.8,\n2,dana,0.3,\n");
        var clusters = ClusterEvidenceCsv.Read(path);
        Assert.Equal(2, clusters.Count);
        Assert.Equal(["anna", "bolat"], clusters[0].Members);
        Assert.Equal(0.8, clusters[0].Strength);
        Assert.Equal("co-repost, template", clusters[0].Evidence);
    }

    [Fact]
    public void ReadsTheDetectionEnginesClustersCsv()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("clusters.csv",
            "cluster_id,account,account_id,platform,member_rank,cluster_size,density,internal_edges,behaviours,min_q_value,first_post,last_post,cluster_posts\n" +
            "0,anna84736251,123,twitter,1,2,1,1,co-repost:1,0.001,2022-01-03T00:00:00.000Z,2022-01-04T00:00:00.000Z,40\n" +
            "0,bolat,456,twitter,2,2,1,1,co-repost:1,0.001,2022-01-03T00:00:00.000Z,2022-01-04T00:00:00.000Z,40\n");
        var c = Assert.Single(ClusterEvidenceCsv.Read(path));
        Assert.Equal(["123", "456"], c.Members); // the account id, which the store matches exactly
        Assert.Equal(1, c.Strength);
        Assert.Equal("co-repost:1", c.Evidence);
    }

    [Fact]
    public void ClustersCsvErrorsNameFileLineAndField()
    {
        using var dir = new TempDirectory();
        var bad = dir.Write("bad.csv", "cluster_id,account,strength\n1,anna,high\n");
        var e = Assert.Throws<InvalidDataException>(() => ClusterEvidenceCsv.Read(bad));
        Assert.Contains("bad.csv:2", e.Message);
        Assert.Contains("strength", e.Message);
        var noColumns = dir.Write("none.csv", "x,y\n1,2\n");
        Assert.Contains("cluster_id", Assert.Throws<InvalidDataException>(() => ClusterEvidenceCsv.Read(noColumns)).Message);
    }

    [Fact]
    public void AccountsCsvHasSignalsReasonsUnknownAsEmptyAndDefusesFormulas()
    {
        var table = Build.Extract([Build.Account("1", handle: "=HYPERLINK(\"x\")", followers: null), Build.Account("2", handle: "anna")]);
        var scores = RobustScorer.Fit(table).ScoreAll(table);
        var writer = new StringWriter();
        AccountScoreCsv.Write(writer, scores);
        var rows = CsvText.Read(new StringReader(writer.ToString())).Select(r => r.Fields).ToList();
        Assert.Equal("account", rows[0][0]);
        Assert.Equal("score", rows[0][3]);
        Assert.Equal("reasons", rows[0][^1]);
        Assert.Equal(SignalCatalog.Count + 5, rows[0].Count);
        var evil = rows.Single(r => r[2] == "1");
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", writer.ToString()); // defused in the file
        Assert.Equal("=HYPERLINK(\"x\")", evil[0]);                        // and read back exactly
        Assert.Equal("", evil[rows[0].IndexOf("followers_log")]);
        Assert.All(rows, r => Assert.Equal(rows[0].Count, r.Count));
    }
}

public class PostInputCsvTests
{
    [Fact]
    public void ReadsNearDuplicateGroupsAndBurstPostIds()
    {
        using var dir = new TempDirectory();
        var groups = PostInputCsv.ReadGroups(dir.Write("nd.csv", "post_id,group_id,text\np1,g-a,\"x, y\"\np2,g-a,\np3,g-b,\n"));
        Assert.Equal(groups["p1"], groups["p2"]);
        Assert.NotEqual(groups["p1"], groups["p3"]);
        Assert.Equal(["p9", "p8"], PostInputCsv.ReadPostIds(dir.Write("b.csv", "burst,post_id\n1,p9\n1,p8\n")));
        var e = Assert.Throws<InvalidDataException>(() => PostInputCsv.ReadGroups(dir.Write("bad.csv", "id,group\n1,2\n")));
        Assert.Contains("post_id", e.Message);
    }
}
