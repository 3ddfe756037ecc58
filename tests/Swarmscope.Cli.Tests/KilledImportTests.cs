using System.Diagnostics;
using System.Text;
using Swarmscope.Storage;
using Swarmscope.TestSupport;

namespace Swarmscope.Cli.Tests;

/// <summary>A real `swarmscope import` process killed mid-import must leave the investigation as it was.</summary>
public sealed class KilledImportTests
{
    [Fact]
    public void Killing_the_import_process_mid_file_leaves_the_store_as_it_was()
    {
        using var dir = new TempDirectory();
        var db = dir.File("inv.duckdb");
        const string header = "platform,post_id,account_id,account_handle,time,kind,text,language,target_post_id,target_account_id,urls,hashtags,mentions,media_hashes,channel\n";
        var small = dir.Write("small.csv", header + "twitter,1,a,a,2024-03-01T10:00:00.000Z,post,hi,en,,,,,,,\n");
        Assert.Equal(0, CliRun.Run("import", small, "--db", db).Exit);
        StoreStats before;
        using (var s = InvestigationStore.Open(db)) before = s.Stats();

        // Large enough that the import (~1.2 s per 400,000 of these rows on the 2-core machine) is still running
        // when the test kills it; small enough to write quickly.
        var bigFile = dir.File("big.csv");
        using (var w = new StreamWriter(bigFile, false, new UTF8Encoding(false), 1 << 20))
        {
            w.Write(header);
            for (var i = 0; i < 1_200_000; i++)
                w.Write($"twitter,{i + 10},acc{i % 500},acc{i % 500},2024-03-01T10:00:00.000Z,post,\"a post text long enough to take some time to store {i}\",en,,,,,,,\n");
        }

        var start = CliRun.StartInfo("import", bigFile, "--db", db);
        using var child = Process.Start(start)!;
        // Kill once the import is under way: the progress line (on standard error) is printed before the first record is read.
        var line = child.StandardError.ReadLine();
        Assert.NotNull(line);
        Assert.Contains("importing", line);
        Thread.Sleep(1000);
        Assert.False(child.HasExited, "the import finished before it could be killed; the test proves nothing (make the file bigger)");
        child.Kill(entireProcessTree: true);
        child.WaitForExit();

        using var store = InvestigationStore.Open(db);
        var stats = store.Stats();
        Assert.Equal(1, stats.Posts);
        Assert.Equal(1, stats.Imports);
        Assert.Equal(before.Accounts, stats.Accounts);
        Assert.Equal(before.Kinds, stats.Kinds);
        // and the file still takes a normal import afterwards
        store.Dispose();
        Assert.Equal(0, CliRun.Run("import", small, "--db", db).Exit);
    }
}
