using Swarmscope.Cli;
using Swarmscope.Storage;
using Swarmscope.TestSupport;

namespace Swarmscope.Signals.Tests;

public class ScoreCommandTests
{
    private static string MakeStore(TempDirectory dir, out HashSet<string> fakes)
    {
        var (accounts, posts, f) = ScoringTests.ObviousWorld();
        fakes = f;
        var db = dir.File("case.duckdb");
        using var store = InvestigationStore.Open(db);
        using var batch = store.BeginImport(new ImportSource("obvious-world", 0, new string('0', 64), "test"));
        foreach (var a in accounts) batch.Account(a);
        foreach (var p in posts) batch.Post(p);
        batch.Commit();
        return db;
    }

    [Fact]
    public async Task ScoreWritesSortedAccountsCsvWithFakesOnTopAndFarmsForClusters()
    {
        using var dir = new TempDirectory();
        var db = MakeStore(dir, out var fakes);
        var clusters = dir.Write("clusters.csv", "cluster_id,account,density\n1," + string.Join("\n1,", fakes.Select(x => x + ",0.9")) + "\n2,h1,0.9\n2,h2,0.9\n");
        var outCsv = dir.File("accounts.csv");
        var rc = await new ScoreCommand().RunAsync(CommandArgs.Parse(["--db", db, "--out", outCsv, "--timezone", "Asia/Almaty", "--clusters", clusters]));
        Assert.Equal(0, rc);
        var rows = CsvText.Read(new StringReader(File.ReadAllText(outCsv))).Select(r => r.Fields).ToList();
        Assert.Equal(["account", "platform", "account_id", "score"], rows[0].Take(4));
        Assert.Equal(51, rows.Count);
        var top10 = rows.Skip(1).Take(10).Select(r => r[2]).ToHashSet();
        Assert.Equal(fakes, top10);
        var scores = rows.Skip(1).Select(r => double.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(scores.OrderByDescending(x => x), scores);
        Assert.NotEmpty(rows[1][^1]);
        Assert.Equal("1", rows[1][rows[0].IndexOf("in_coordinated_cluster")]);
        var farms = CsvText.Read(new StringReader(File.ReadAllText(dir.File("farms.csv")))).Select(r => r.Fields).ToList();
        Assert.Equal("1", farms[1][0]);

        var forestCsv = dir.File("forest.csv");
        Assert.Equal(0, await new ScoreCommand().RunAsync(CommandArgs.Parse(["--db", db, "--out", forestCsv, "--method", "iforest", "--seed", "3"])));
        var forest = CsvText.Read(new StringReader(File.ReadAllText(forestCsv))).Select(r => r.Fields).ToList();
        Assert.Equal(fakes, forest.Skip(1).Take(10).Select(r => r[2]).ToHashSet());
        await Assert.ThrowsAsync<UsageException>(() => new ScoreCommand().RunAsync(CommandArgs.Parse(["--db", db, "--out", forestCsv, "--method", "magic"])));
    }

    [Fact]
    public async Task TrainThenScoreWithModel()
    {
        using var dir = new TempDirectory();
        var db = MakeStore(dir, out var fakes);
        var labels = dir.Write("labels.csv", "account,label\n" + string.Join("\n", Enumerable.Range(0, 40).Select(i => $"h{i},0").Concat(fakes.Select(f => $"{f},1"))) + "\nnot-there,1\n");
        var model = dir.File("model.json");
        Assert.Equal(0, await new TrainCommand().RunAsync(CommandArgs.Parse(["--labels", labels, "--db", db, "--out", model])));
        Assert.True(File.Exists(model));
        var outCsv = dir.File("accounts.csv");
        Assert.Equal(0, await new ScoreCommand().RunAsync(CommandArgs.Parse(["--db", db, "--out", outCsv, "--model", model])));
        var rows = CsvText.Read(new StringReader(File.ReadAllText(outCsv))).Select(r => r.Fields).ToList();
        Assert.Equal("unsupervised_score", rows[0][4]);
        Assert.Equal(fakes, rows.Skip(1).Take(10).Select(r => r[2]).ToHashSet());
    }

    [Fact]
    public async Task UserErrorsNameTheProblem()
    {
        using var dir = new TempDirectory();
        var db = MakeStore(dir, out _);
        var e = await Assert.ThrowsAsync<UsageException>(() => new ScoreCommand().RunAsync(CommandArgs.Parse(["--db", db, "--out", dir.File("a.csv"), "--timezone", "Mars/Olympus"])));
        Assert.Contains("Mars/Olympus", e.Message);
        var missing = await Assert.ThrowsAsync<UserFacingException>(() => new ScoreCommand().RunAsync(CommandArgs.Parse(["--db", dir.File("nope.duckdb"), "--out", dir.File("a.csv")])));
        Assert.Contains("nope.duckdb", missing.Message);
        var badLabels = dir.Write("labels.csv", "account,label\nh1,0\nh2,maybe\n");
        var le = await Assert.ThrowsAsync<UserFacingException>(() => new TrainCommand().RunAsync(CommandArgs.Parse(["--labels", badLabels, "--db", db, "--out", dir.File("m.json")])));
        Assert.Contains("labels.csv:3", le.Message);
        Assert.Contains("label", le.Message);
    }
}
