using Swarmscope.TestSupport;

namespace Swarmscope.Investigations.Tests;

/// <summary>The one rule for files a job writes: never onto the store, an input or a folder, even through links.</summary>
public sealed class OutputRuleTests
{
    [Fact]
    public void A_target_linking_to_the_store_or_an_input_is_refused_and_a_folder_too()
    {
        using var dir = new TempDirectory();
        var store = dir.Write("inv.duckdb", "x");
        var input = dir.Write("labels.csv", "a,1");
        File.CreateSymbolicLink(dir.File("rej.csv"), store);
        Directory.CreateDirectory(dir.File("real"));
        Directory.CreateSymbolicLink(dir.File("linked"), dir.File("real"));
        File.CreateSymbolicLink(dir.File("real/in.csv"), input);

        Assert.Contains("investigation store", Assert.Throws<RequestException>(() => OutputRule.RefuseTarget(dir.File("rej.csv"), "log", store, [])).Message);
        Assert.Throws<RequestException>(() => OutputRule.RefuseTarget(dir.File("linked/in.csv"), "model file", store, [input]));
        Assert.Throws<RequestException>(() => OutputRule.RefuseTarget(dir.File("linked/../inv.duckdb.wal"), "log", store, []));
        Assert.Contains("is a folder", Assert.Throws<RequestException>(() => OutputRule.RefuseTarget(dir.File("linked"), "scores file", store, [])).Message);
        Assert.Contains("is a file", Assert.Throws<RequestException>(() => OutputRule.RefuseFolder(input, "output folder", store, [])).Message);
        OutputRule.RefuseTarget(dir.File("linked/new.csv"), "scores file", store, [input]);
        Assert.Equal(dir.File("real/new.csv"), OutputRule.RealPath(dir.File("linked/new.csv")));
    }

    [Fact]
    public void An_atomic_file_appears_only_when_committed()
    {
        using var dir = new TempDirectory();
        var target = dir.Write("out.csv", "old");
        using (var file = AtomicFile.Create(target))
        {
            file.Stream.Write("new"u8);
            Assert.Equal("old", File.ReadAllText(target));
        }
        Assert.Equal("old", File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(dir.Path));
        AtomicFile.WriteText(target, w => w.Write("new"));
        Assert.Equal("new", File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(dir.Path));
    }
}
