using Swarmscope.TestSupport;

namespace Swarmscope.Cli.Tests;

/// <summary>
/// Issue 13: inputs a newcomer or a script hands to import that are not plain files: standard input and pipes, named
/// pipes in a folder, empty files, a store in a folder that does not exist, implausible years.
/// </summary>
public sealed class UnluckyInputTests : IDisposable
{
    private const string PostsHeader = "platform,post_id,account_id,account_handle,time,kind,text,language,target_post_id,target_account_id,urls,hashtags,mentions,media_hashes,channel";
    private const string TwoPosts = PostsHeader + "\ntwitter,1,a1,alice,2024-01-01T00:00:00Z,post,hello world,,,,,,,,\ntwitter,2,a2,bob,2024-01-01T00:00:05Z,post,hello there,,,,,,,,\n";
    private readonly TempDirectory _dir = new();
    public void Dispose() => _dir.Dispose();

    private string Db => _dir.File("inv.duckdb");

    [Theory]
    [InlineData("-")]
    [InlineData("/dev/stdin")]
    public void Standard_input_from_a_pipe_imports_with_its_format_detected(string name)
    {
        var r = CliRun.RunWithInput(TwoPosts, "import", name, "--db", Db, "--json");
        Assert.True(r.Exit == 0, $"exit {r.Exit}: {r.Err}");
        Assert.DoesNotContain("   at ", r.Err);
        Assert.Contains("swarmscope-csv", r.Out);
        var stats = CliRun.Run("stats", "--db", Db, "--json");
        Assert.Equal(0, stats.Exit);
        Assert.Equal(2, System.Text.Json.JsonDocument.Parse(stats.Out).RootElement.GetProperty("posts").GetInt32());
        // The same bytes again are the same import: nothing new (the spool keeps the content's identity).
        var again = CliRun.RunWithInput(TwoPosts, "import", name, "--db", Db);
        Assert.True(again.Exit == 0, again.Err);
        Assert.Equal(2, System.Text.Json.JsonDocument.Parse(CliRun.Run("stats", "--db", Db, "--json").Out).RootElement.GetProperty("posts").GetInt32());
    }

    [Fact]
    public void Empty_standard_input_and_empty_files_are_refused_even_with_a_format()
    {
        var empty = _dir.Write("empty.csv", "");
        var forced = CliRun.Run("import", empty, "--format", "swarmscope-csv", "--db", Db);
        Assert.True(forced.Exit == 1, $"exit {forced.Exit}: {forced.Err}");
        Assert.Contains("empty.csv: is empty", forced.Err);
        var pipe = CliRun.RunWithInput("", "import", "-", "--db", Db);
        Assert.True(pipe.Exit == 1, $"exit {pipe.Exit}: {pipe.Err}");
        Assert.Contains("is empty", pipe.Err);
        Assert.DoesNotContain("   at ", pipe.Err);
    }

    [Fact]
    public void A_named_pipe_in_an_imported_folder_is_skipped_not_waited_for()
    {
        if (OperatingSystem.IsWindows()) return;
        var folder = Directory.CreateDirectory(_dir.File("exports")).FullName;
        File.WriteAllText(Path.Combine(folder, "posts.csv"), TwoPosts);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(folder, "pipe"))) mkfifo.WaitForExit();
        Assert.True(File.Exists(Path.Combine(folder, "pipe")));
        var r = CliRun.Run("import", folder, "--db", Db);
        Assert.True(r.Exit == 0, $"exit {r.Exit}: {r.Err}");
        Assert.Contains("skipped", r.Err);
        Assert.Contains("pipe", r.Err);
    }

    [Fact]
    public void A_store_in_a_folder_that_does_not_exist_is_refused_and_nothing_is_created()
    {
        var posts = _dir.Write("posts.csv", TwoPosts);
        var r = CliRun.Run("import", posts, "--db", _dir.File("typo/sub/inv.duckdb"));
        Assert.True(r.Exit == 1, $"exit {r.Exit}: {r.Err}");
        Assert.Contains("does not exist", r.Err);
        Assert.False(Directory.Exists(_dir.File("typo")));
    }

    [Fact]
    public void Years_outside_1970_to_3000_are_rejected_with_the_field_named()
    {
        var posts = _dir.Write("years.csv", PostsHeader + "\ntwitter,1,a1,alice,5138-01-01T00:00:00Z,post,hello,,,,,,,,\n");
        var r = CliRun.Run("import", posts, "--db", Db);
        Assert.True(r.Exit == 1, $"exit {r.Exit}: {r.Err}");
        Assert.Contains("time", r.Err);
        Assert.Contains("5138", r.Err);
        var old = _dir.Write("old.csv", PostsHeader + "\ntwitter,1,a1,alice,0001-01-01T00:00:00Z,post,hello,,,,,,,,\n");
        Assert.Equal(1, CliRun.Run("import", old, "--db", Db).Exit);
    }
}
