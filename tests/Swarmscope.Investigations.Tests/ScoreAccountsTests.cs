using Swarmscope.Signals;
using Swarmscope.Signals.Tests;
using Swarmscope.Storage;
using Swarmscope.TestSupport;

namespace Swarmscope.Investigations.Tests;

/// <summary>The score and train use cases end to end over a real DuckDB investigation file.</summary>
public class ScoreAccountsTests
{
    private static string MakeStore(TempDirectory dir, out HashSet<string> fakes)
    {
        var (accounts, posts, f) = Build.ObviousWorld();
        fakes = f;
        var db = dir.File("case.duckdb");
        using var store = InvestigationStore.Open(db);
        using var batch = store.BeginImport(new ImportSource("obvious-world", 0, new string('0', 64), "test"));
        foreach (var a in accounts) batch.Account(a);
        foreach (var p in posts) batch.Post(p);
        batch.Commit();
        return db;
    }

    private static List<List<string>> ReadCsv(string path) =>
        CsvText.Read(new StringReader(File.ReadAllText(path))).Select(r => r.Fields.ToList()).ToList();

    [Fact]
    public void Score_writes_sorted_accounts_with_fakes_on_top_and_farms_for_clusters()
    {
        using var dir = new TempDirectory();
        var db = MakeStore(dir, out var fakes);
        var clusters = dir.Write("clusters.csv", "cluster_id,account,density\n1," + string.Join("\n1,", fakes.Select(x => x + ",0.9")) + "\n2,h1,0.9\n2,h2,0.9\n");
        var outCsv = dir.File("accounts.csv");
        var result = new ScoreAccounts().Run(new ScoreRequest
        {
            Database = db, OutFile = outCsv, TimeZone = TimeZones.Find("Asia/Almaty"), ClustersFile = clusters,
        });
        var rows = ReadCsv(outCsv);
        Assert.Equal(["account", "platform", "account_id", "score"], rows[0].Take(4));
        Assert.Equal(51, rows.Count);
        Assert.Equal(fakes, rows.Skip(1).Take(10).Select(r => r[2]).ToHashSet());
        var scores = rows.Skip(1).Select(r => double.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(scores.OrderByDescending(x => x), scores);
        Assert.Equal("1", rows[1][rows[0].IndexOf("in_coordinated_cluster")]);
        Assert.Equal("1", ReadCsv(dir.File("farms.csv"))[1][0]);
        Assert.Equal(50, result.Accounts.Count);
        Assert.Equal(fakes, result.Accounts.Take(10).Select(a => a.AccountId).ToHashSet());
        Assert.Equal("1", result.Farms![0].ClusterId);
        // The score run is recorded, naming its clusters by file name only.
        var run = Assert.Single(new ListRuns().Run(new RunsRequest(db)));
        Assert.Equal((result.RunId, "score", (long?)null), (run.RunId, run.Kind, run.SourceRunId));
        Assert.Equal("file clusters.csv", run.Settings.GetProperty("clusters").GetString());
        Assert.Equal("50 accounts scored, 2 clusters assessed", run.Found);

        var forestCsv = dir.File("forest.csv");
        new ScoreAccounts().Run(new ScoreRequest { Database = db, OutFile = forestCsv, Method = ScoringMethod.IsolationForest, Seed = 3 });
        // The ten fakes are one clump, which an isolation forest isolates less easily than a lone human with one
        // extreme rate (masking; see Signals.Tests ScoringTests): most of its top ten.
        Assert.True(ReadCsv(forestCsv).Skip(1).Take(10).Count(r => fakes.Contains(r[2])) >= 8);
    }

    [Fact]
    public void Train_then_score_with_the_model()
    {
        using var dir = new TempDirectory();
        var db = MakeStore(dir, out var fakes);
        var labels = dir.Write("labels.csv", "account,label\n" + string.Join("\n", Enumerable.Range(0, 40).Select(i => $"h{i},0").Concat(fakes.Select(f => $"{f},1"))) + "\nnot-there,1\n");
        var model = dir.File("model.json");
        var trained = new TrainModel().Run(new TrainRequest { LabelsFile = labels, Database = db, OutFile = model });
        Assert.Equal((10, 40, 1), (trained.Positives, trained.Negatives, trained.Unmatched));
        Assert.True(File.Exists(model));
        var outCsv = dir.File("accounts.csv");
        new ScoreAccounts().Run(new ScoreRequest { Database = db, OutFile = outCsv, ModelFile = model });
        var rows = ReadCsv(outCsv);
        Assert.Equal("unsupervised_score", rows[0][4]);
        Assert.Equal(fakes, rows.Skip(1).Take(10).Select(r => r[2]).ToHashSet());
    }

    [Fact]
    public void User_errors_name_the_problem()
    {
        using var dir = new TempDirectory();
        var db = MakeStore(dir, out _);
        Assert.Throws<RequestException>(() => TimeZones.Find("Mars/Olympus"));
        var missing = Assert.Throws<InvestigationException>(() => new ScoreAccounts().Run(new ScoreRequest { Database = dir.File("nope.duckdb"), OutFile = dir.File("a.csv") }));
        Assert.Contains("nope.duckdb", missing.Message);
        var badLabels = dir.Write("labels.csv", "account,label\nh1,0\nh2,maybe\n");
        var e = Assert.Throws<InvestigationException>(() => new TrainModel().Run(new TrainRequest { LabelsFile = badLabels, Database = db, OutFile = dir.File("m.json") }));
        Assert.Contains("labels.csv:3", e.Message);
        Assert.False(File.Exists(dir.File("m.json")));
    }
}
