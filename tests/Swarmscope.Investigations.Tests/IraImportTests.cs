using Swarmscope.Ingest;
using Swarmscope.Storage;
using Swarmscope.TestSupport;

namespace Swarmscope.Investigations.Tests;

/// <summary>The acceptance figures on the real IRA files (slow: imports 1.78 M rows; the only such test).</summary>
public sealed class IraImportTests
{
    [SharedDataFact("ira/tweets-part1.csv.gz")]
    public void The_IRA_files_give_1764620_posts_of_1982_accounts_with_16230_merged_and_a_second_import_adds_nothing()
    {
        using var dir = new TempDirectory();
        var files = Directory.GetFiles(SharedData.Path("ira"), "tweets-part*.csv.gz").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(4, files.Length);
        using var store = InvestigationStore.Open(dir.File("ira.duckdb"));
        long read = 0, merged = 0;
        var plan = files.Select(f => (f, (string?)SharedData.Path("ira"), ImporterRegistry.Detect(f).Importer!)).ToArray();
        Assert.All(plan, p => Assert.Equal("ira", p.Item3.Format));
        // All four in one call, as `swarmscope import` does: each file parsed while the one before it commits.
        foreach (var s in ImportPipeline.ImportFiles(store, plan))
        {
            Assert.Equal(0, s.Rejected);
            read += s.PostsRead;
            merged += s.PostsMerged;
        }
        Assert.Equal(1_780_850, read);
        Assert.Equal(16_230, merged);
        var stats = store.Stats();
        Assert.Equal(1_764_620, stats.Posts);
        Assert.Equal(1_982, stats.Accounts);

        // Same file again: recognised by its hash. Forced through the merge anyway: still nothing added.
        var importer1 = ImporterRegistry.Find("ira")!;
        Assert.True(ImportPipeline.ImportFile(store, files[0], importer1).AlreadyImported);
        var forced = ImportPipeline.ImportFile(store, files[0], importer1, new ImportOptions { Force = true });
        Assert.Equal(0, forced.PostsImported);
        Assert.Equal(0, forced.AccountsImported);
        Assert.Equal(1_764_620, store.Stats().Posts);
        Assert.Equal(1_982, store.Stats().Accounts);
    }
}
