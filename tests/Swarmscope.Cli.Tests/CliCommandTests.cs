using System.Text.Json;
using DuckDB.NET.Data;
using Swarmscope.Investigations;
using Swarmscope.Storage;
using Swarmscope.TestSupport;

namespace Swarmscope.Cli.Tests;

public sealed class CliCommandTests : IDisposable
{
    private const string PostsHeader = "platform,post_id,account_id,account_handle,time,kind,text,language,target_post_id,target_account_id,urls,hashtags,mentions,media_hashes,channel";
    private readonly TempDirectory _dir = new();
    private string Db => _dir.File("inv.duckdb");

    public void Dispose() => _dir.Dispose();

    private string PostsFile(string name, params string[] rows) => _dir.Write(name, PostsHeader + "\n" + string.Join("\n", rows) + "\n");

    private static string Row(int id, string account = "a1", string time = "2024-03-01T10:00:00.000Z", string text = "hello") =>
        $"twitter,{id},{account},{account},{time},post,\"{text}\",en,,,,,,,";

    private long Count(string sql)
    {
        using var c = new DuckDBConnection($"Data Source={Db}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    [Fact]
    public void Import_detects_the_format_and_prints_a_summary()
    {
        var file = PostsFile("posts.csv", Row(1), Row(2, "a2"), Row(3, text: "Robert'); DROP TABLE posts;--"));
        var (exit, output) = CliRun.Run("import", file, "--db", Db);
        Assert.Equal(0, exit);
        Assert.Contains("swarmscope-csv", output);
        Assert.Contains("import summary", output);
        Assert.Equal(3, Count("SELECT count(*) FROM posts"));
        Assert.Equal(1, Count("SELECT count(*) FROM imports"));
        Assert.Equal(1, Count("SELECT count(*) FROM posts WHERE text = 'Robert''); DROP TABLE posts;--'"));
    }

    [Fact]
    public void Importing_the_same_file_again_says_so_and_adds_nothing()
    {
        var file = PostsFile("posts.csv", Row(1), Row(2));
        Assert.Equal(0, CliRun.Run("import", file, "--db", Db).Exit);
        var (exit, output) = CliRun.Run("import", file, "--db", Db);
        Assert.Equal(0, exit);
        Assert.Contains("already imported", output);
        Assert.Equal(2, Count("SELECT count(*) FROM posts"));
        Assert.Equal(1, Count("SELECT count(*) FROM imports"));

        // An overlapping export (another file, one old and one new post) merges by id.
        var overlap = PostsFile("later.csv", Row(2), Row(3));
        Assert.Equal(0, CliRun.Run("import", overlap, "--db", Db).Exit);
        Assert.Equal(3, Count("SELECT count(*) FROM posts"));
        Assert.Equal(1, Count("SELECT posts_merged FROM imports WHERE path LIKE '%later.csv'"));
    }

    [Fact]
    public void A_bad_record_names_file_record_field_and_reason_exits_non_zero_and_leaves_the_store_unchanged()
    {
        var good = PostsFile("good.csv", Row(1));
        Assert.Equal(0, CliRun.Run("import", good, "--db", Db).Exit);
        var bad = PostsFile("bad.csv", Row(10), Row(11, time: "not-a-time"), Row(12));
        var (exit, output) = CliRun.Run("import", bad, "--db", Db);
        Assert.NotEqual(0, exit);
        Assert.Contains("bad.csv", output);
        Assert.Contains("3", output); // line 3 of the file (header is line 1)
        Assert.Contains("time", output);
        Assert.Contains("not-a-time", output + "");
        Assert.Equal(1, Count("SELECT count(*) FROM posts"));
        Assert.Equal(1, Count("SELECT count(*) FROM imports"));
    }

    [Fact]
    public void A_cut_gzip_file_fails_with_its_name_and_nothing_of_it_is_stored()
    {
        var rows = Enumerable.Range(1, 3000).Select(i => Row(i, account: $"a{i % 50}", text: $"post {i} #tag{i % 7}")).ToArray();
        var plain = PostsFile("all.csv", rows);
        var gzPath = _dir.Path + "/cut.csv.gz";
        using (var output = new MemoryStream())
        {
            using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
                gzip.Write(File.ReadAllBytes(plain));
            var gz = output.ToArray();
            File.WriteAllBytes(gzPath, gz[..(gz.Length * 2 / 3)]);
        }
        var (exit, output2) = CliRun.Run("import", gzPath, "--db", Db, "--skip-bad", _dir.Path + "/rejected.csv");
        Assert.NotEqual(0, exit);
        Assert.Contains("cut.csv.gz: import failed: the gzip data ends early", output2);
        Assert.Equal(0, Count("SELECT count(*) FROM posts"));
        Assert.Equal(0, Count("SELECT count(*) FROM imports"));
    }

    [Fact]
    public void An_export_named_as_the_database_is_refused_not_imported_into_memory()
    {
        var export = PostsFile("export.csv", Row(1));
        var other = PostsFile("other.csv", Row(2));
        var before = File.ReadAllBytes(other);
        var (exit, output) = CliRun.Run("import", export, "--db", other);
        Assert.Equal(1, exit);
        Assert.Contains("other.csv: not an investigation file", output);
        Assert.Equal(before, File.ReadAllBytes(other));
        Assert.Equal(1, CliRun.Run("stats", "--db", other).Exit);
    }

    [Fact]
    public void A_folder_imports_the_files_in_it_and_lists_those_no_format_reads()
    {
        Directory.CreateDirectory(_dir.File("export"));
        _dir.Write("export/b.csv", PostsHeader + "\n" + Row(2) + "\n");
        _dir.Write("export/a.csv", PostsHeader + "\n" + Row(1) + "\n");
        _dir.Write("export/README.md", "# what these files are\n");
        _dir.Write("export/.hidden.csv", PostsHeader + "\n" + Row(3) + "\n");
        var (exit, output) = CliRun.Run("import", _dir.File("export"), "--db", Db);
        Assert.Equal(0, exit);
        Assert.Contains("skipped " + _dir.File("export/README.md") + ": no import format recognises it", output);
        Assert.True(output.IndexOf("a.csv as", StringComparison.Ordinal) < output.IndexOf("b.csv as", StringComparison.Ordinal), output);
        Assert.Equal(2, Count("SELECT count(*) FROM posts"));
        Assert.Equal(2, Count("SELECT count(*) FROM imports"));

        Directory.CreateDirectory(_dir.File("docs"));
        _dir.Write("docs/notes.txt", "nothing to import\n");
        (exit, output) = CliRun.Run("import", _dir.File("docs"), "--db", Db);
        Assert.Equal(1, exit);
        Assert.Contains("a folder with no file in a format Swarmscope reads", output);
    }

    [Fact]
    public void Subfolders_are_named_when_left_unread_and_read_with_recursive()
    {
        // The layout of ../shared/data/telegram-news-ru: a licence beside a folder of exports.
        Directory.CreateDirectory(_dir.File("export/raw/2024"));
        Directory.CreateDirectory(_dir.File("export/.git"));
        _dir.Write("export/LICENCE.md", "CC BY 4.0\n");
        _dir.Write("export/raw/b.csv", PostsHeader + "\n" + Row(2) + "\n");
        _dir.Write("export/raw/2024/a.csv", PostsHeader + "\n" + Row(1) + "\n");
        _dir.Write("export/raw/2024/photo.jpg", "\xFF\xD8 not text");
        _dir.Write("export/.git/c.csv", PostsHeader + "\n" + Row(3) + "\n");
        // A link back up would make the walk loop; links to folders are not followed.
        Directory.CreateSymbolicLink(_dir.File("export/raw/2024/up"), _dir.File("export"));

        var (exit, output) = CliRun.Run("import", _dir.File("export"), "--db", Db);
        Assert.Equal(1, exit);
        Assert.Contains("its subfolders (raw) were not read: name them, or add --recursive", output);
        Assert.False(File.Exists(Db) && Count("SELECT count(*) FROM posts") > 0);

        // A flag before the folder must not swallow it as its value.
        (exit, output) = CliRun.Run("import", "--recursive", _dir.File("export"), "--db", Db);
        Assert.Equal(0, exit);
        Assert.Equal(2, Count("SELECT count(*) FROM posts"));
        Assert.Equal(0, Count("SELECT count(*) FROM imports WHERE path LIKE '%.git%'"));
        Assert.Contains("skipped " + _dir.File("export/raw/2024/photo.jpg"), output);
        Assert.True(output.IndexOf("2024/a.csv as", StringComparison.Ordinal) < output.IndexOf("raw/b.csv as", StringComparison.Ordinal), output);
    }

    [Fact]
    public void Declared_flags_never_take_the_next_word_as_their_value()
    {
        var file = PostsFile("posts.csv", Row(1));
        var (exit, output) = CliRun.Run("import", "--force", file, "--db", Db);
        Assert.Equal(0, exit);
        Assert.Equal(1, Count("SELECT count(*) FROM posts"));
        (exit, output) = CliRun.Run("stats", "--json", "--db", Db);
        Assert.Equal(0, exit);
        Assert.Contains("\"posts\": 1", output);

        Assert.Equal(0, CliRun.Run("import", "--recursive", "--force", file, "--db", Db).Exit);
    }

    [Fact]
    public void Files_of_the_same_name_are_told_apart_by_their_folders()
    {
        var labels = new FileLabels(["/x/exports/ChatExport_A/result.json", "/x/exports/ChatExport_B/result.json",
            "/x/a/2024/posts.csv", "/x/b/2024/posts.csv", "/x/only.csv"]);
        Assert.Equal("ChatExport_A/result.json", labels.Of("/x/exports/ChatExport_A/result.json"));
        Assert.Equal("ChatExport_B/result.json", labels.Of("/x/exports/ChatExport_B/result.json"));
        Assert.Equal("a/2024/posts.csv", labels.Of("/x/a/2024/posts.csv"));
        Assert.Equal("b/2024/posts.csv", labels.Of("/x/b/2024/posts.csv"));
        Assert.Equal("only.csv", labels.Of("/x/only.csv"));

        Directory.CreateDirectory(_dir.File("exports/one"));
        Directory.CreateDirectory(_dir.File("exports/two"));
        _dir.Write("exports/one/posts.csv", PostsHeader + "\n" + Row(1) + "\n");
        _dir.Write("exports/two/posts.csv", PostsHeader + "\n" + Row(2) + "\n");
        var (exit, output) = CliRun.Run("import", "--recursive", _dir.File("exports"), "--db", Db);
        Assert.Equal(0, exit);
        Assert.Contains("│ one/posts.csv", output);
        Assert.Contains("│ two/posts.csv", output);
    }

    [Fact]
    public void A_long_list_of_skipped_files_is_cut_to_a_count()
    {
        Directory.CreateDirectory(_dir.File("export/photos"));
        _dir.Write("export/result.csv", PostsHeader + "\n" + Row(1) + "\n");
        for (var i = 0; i < ImportCommand.SkippedListed + 5; i++) _dir.Write($"export/photos/p{i:D3}.jpg", "not an export");
        var (exit, output) = CliRun.Run("import", _dir.File("export"), "--recursive", "--db", Db);
        Assert.Equal(0, exit);
        Assert.Equal(ImportCommand.SkippedListed, output.Split('\n').Count(l => l.StartsWith("skipped /", StringComparison.Ordinal)));
        Assert.Contains("skipped 5 more files no import format recognises", output);
        Assert.Equal(1, Count("SELECT count(*) FROM posts"));
    }

    [Fact]
    public void Skip_bad_writes_rejected_records_and_imports_the_rest()
    {
        var bad = PostsFile("bad.csv", Row(10), Row(11, time: "not-a-time"), Row(12), "twitter,13");
        var log = _dir.File("rejected.csv");
        var (exit, output) = CliRun.Run("import", bad, "--db", Db, "--skip-bad", log);
        Assert.Equal(0, exit);
        Assert.Contains("rejected", output);
        Assert.Equal(2, Count("SELECT count(*) FROM posts"));
        var lines = File.ReadAllLines(log);
        Assert.Equal("file,record,field,reason,raw", lines[0]);
        Assert.True(lines.Length >= 3, string.Join("\n", lines));
        Assert.Contains(lines, l => l.Contains("bad.csv") && l.Contains(",3,") && l.Contains("not-a-time"));
        Assert.Equal(2, Count("SELECT records_rejected FROM imports"));

        var jsonl = _dir.File("rejected.jsonl");
        var again = PostsFile("bad2.csv", Row(20, time: "nope"));
        Assert.Equal(0, CliRun.Run("import", again, "--db", Db, "--skip-bad", jsonl).Exit);
        using var doc = JsonDocument.Parse(File.ReadAllLines(jsonl).Single());
        Assert.Equal(2, doc.RootElement.GetProperty("record").GetInt64());
        Assert.Contains("bad2.csv", doc.RootElement.GetProperty("file").GetString());
    }

    [Fact]
    public void Skip_bad_naming_an_input_or_the_store_is_refused_before_anything_is_written()
    {
        var input = PostsFile("input.csv", Row(1), Row(2, time: "bad"));
        var before = File.ReadAllBytes(input);
        var (exit, output) = CliRun.Run("import", input, "--db", Db, "--skip-bad", input);
        Assert.Equal(2, exit);
        Assert.Contains("would overwrite", output);
        Assert.Equal(before, File.ReadAllBytes(input));
        Assert.False(File.Exists(Db));
        Assert.Equal(1, CliRun.Run("import", input, "--db", Db).Exit); // the bad row stops a plain import; the store now exists
        var store = File.ReadAllBytes(Db);
        Assert.Equal(2, CliRun.Run("import", input, "--db", Db, "--skip-bad", Db).Exit);
        Assert.Equal(store, File.ReadAllBytes(Db));
    }

    /// <summary>A rejection log is opened in spreadsheets; a hostile record must not run there as a formula.</summary>
    [Fact]
    public void The_rejection_log_keeps_formulas_in_hostile_records_from_running()
    {
        var bad = PostsFile("formula.csv", Row(1), "=HYPERLINK(\"http://evil.example\"),2", "@SUM(1+1),3");
        var log = _dir.File("formula-rejected.csv");
        Assert.Equal(0, CliRun.Run("import", bad, "--db", Db, "--skip-bad", log).Exit);
        var lines = File.ReadAllLines(log);
        Assert.Equal(3, lines.Length);
        Assert.EndsWith(",\"'=HYPERLINK(\"\"http://evil.example\"\"),2\"", lines[1]);
        Assert.EndsWith(",\"'@SUM(1+1),3\"", lines[2]);
    }

    [Fact]
    public void A_file_no_format_recognises_is_named_with_the_known_formats()
    {
        var junk = _dir.Write("junk.txt", "this is not an export\nat all\n");
        var (exit, output) = CliRun.Run("import", junk, "--db", Db);
        Assert.NotEqual(0, exit);
        Assert.Contains("junk.txt", output);
        Assert.Contains("swarmscope-csv", output);
        Assert.False(File.Exists(Db) && Count("SELECT count(*) FROM posts") > 0);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, CliRun.Run("import", "--db", Db).Exit);
        Assert.Equal(2, CliRun.Run("import", PostsFile("p.csv", Row(1))).Exit);
        Assert.Equal(2, CliRun.Run("import", PostsFile("q.csv", Row(1)), "--db", Db, "--format", "nonsense").Exit);
        Assert.Equal(2, CliRun.Run("import", PostsFile("r.csv", Row(1)), "--db", Db, "--timezone", "Mars/Olympus").Exit);
    }

    [Fact]
    public void Stats_json_has_posts_accounts_platforms_kinds_and_months()
    {
        var file = PostsFile("posts.csv", Row(1), Row(2, "a2", "2024-04-02T10:00:00.000Z"), "vk,3,v1,v1,2024-04-03T00:00:00.000Z,repost,,,1,,,,,,");
        Assert.Equal(0, CliRun.Run("import", file, "--db", Db).Exit);
        var (exit, output) = CliRun.Run("stats", "--db", Db, "--json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(3, root.GetProperty("posts").GetInt64());
        Assert.Equal(0, root.GetProperty("accounts").GetInt64());
        Assert.Equal(2, root.GetProperty("platforms").GetProperty("twitter").GetInt64());
        Assert.Equal(1, root.GetProperty("platforms").GetProperty("vk").GetInt64());
        Assert.Equal(1, root.GetProperty("kinds").GetProperty("repost").GetInt64());
        Assert.Equal(1, root.GetProperty("months").GetProperty("2024-03").GetInt64());
        Assert.Equal(2, root.GetProperty("months").GetProperty("2024-04").GetInt64());

        var (tableExit, table) = CliRun.Run("stats", "--db", Db);
        Assert.Equal(0, tableExit);
        Assert.Contains("posts", table);
        Assert.Contains("2024-04", table);
    }

    [Fact]
    public void Stats_of_a_missing_file_is_a_clear_error()
    {
        var (exit, output) = CliRun.Run("stats", "--db", _dir.File("nope.duckdb"));
        Assert.Equal(1, exit);
        Assert.Contains("nope.duckdb", output);
    }

    [Fact]
    public void Formats_lists_every_importer()
    {
        var (exit, output) = CliRun.Run("formats");
        Assert.Equal(0, exit);
        foreach (var importer in Swarmscope.Ingest.ImporterRegistry.All) Assert.Contains(importer.Format, output);
    }

    [Fact]
    public void Demo_writes_the_sample_imports_it_and_says_what_next()
    {
        var outDir = _dir.File("demo");
        var (exit, output) = CliRun.Run("demo", "--out", outDir);
        Assert.True(exit == 0, output);
        Assert.Contains("next", output);
        var db = Path.Combine(outDir, "demo.duckdb");
        using var store = InvestigationStore.Open(db);
        var stats = store.Stats();
        Assert.Equal(4, stats.Imports);
        Assert.True(stats.Posts > 500, output);
        Assert.True(stats.Platforms.ContainsKey("telegram"));
        Assert.Equal(DemoSample.FarmAccounts.Length * 20, store.ReadPosts().Count(p => DemoSample.FarmAccounts.Contains(p.AccountId)));
        store.Dispose();
        // The planted farm is found as one cluster, and no organic account is flagged.
        var members = File.ReadLines(Path.Combine(outDir, "findings", "clusters.csv")).Skip(1)
            .Select(l => l.Split(',')).Select(f => (Cluster: f[0], Account: f[1])).ToList();
        var farmClusters = members.Where(m => DemoSample.FarmAccounts.Contains(m.Account)).Select(m => m.Cluster).Distinct().ToList();
        Assert.Single(farmClusters);
        Assert.Equal(DemoSample.FarmAccounts.Length, members.Count(m => m.Cluster == farmClusters[0]));
        Assert.DoesNotContain(members, m => m.Account.StartsWith("citizen_", StringComparison.Ordinal));
        var scored = File.ReadLines(Path.Combine(outDir, "accounts.csv")).Skip(1).Take(DemoSample.FarmAccounts.Length)
            .Select(l => l.Split(',')[0]).ToList();
        Assert.True(scored.Count(DemoSample.FarmAccounts.Contains) == DemoSample.FarmAccounts.Length, "top-scored accounts: " + string.Join(", ", scored));
        // It ends by writing the report of the stored run, charts beside it, and says where.
        var report = Path.Combine(outDir, "report.html");
        Assert.Contains(report, output);
        var html = File.ReadAllText(report);
        Assert.Contains("id=\"cluster-1\"", html);
        Assert.Contains(DemoSample.FarmAccounts[0], html);
        Assert.True(File.Exists(Path.Combine(outDir, "report-charts", "network.svg")));
        // Running it again recreates the investigation instead of piling up.
        Assert.Equal(0, CliRun.Run("demo", "--out", outDir).Exit);
        using var again = InvestigationStore.Open(db);
        Assert.Equal(stats.Posts, again.Stats().Posts);
    }
}
