using System.IO.Compression;
using Swarmscope.Ingest;
using Swarmscope.Storage;
using Swarmscope.TestSupport;

namespace Swarmscope.Investigations.Tests;

public sealed class ImportPipelineTests
{
    private const string Header = "platform,post_id,account_id,account_handle,time,kind,text,language,target_post_id,target_account_id,urls,hashtags,mentions,media_hashes,channel";

    [Fact]
    public void Gzip_files_are_read_transparently()
    {
        using var dir = new TempDirectory();
        using var store = InvestigationStore.Open(dir.File("inv.duckdb"));
        var path = dir.File("posts.csv.gz");
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        using (var w = new StreamWriter(gz))
            w.Write(Header + "\ntwitter,1,a,a,2024-03-01T10:00:00.000Z,post,hi,en,,,,,,,\ntwitter,2,b,b,2024-03-01T10:00:01.000Z,post,hi,en,,,,,,,\n");
        Assert.Equal(2, ImportPipeline.ImportFile(store, path, ImporterRegistry.Detect(path).Importer!).PostsImported);
    }

    [Fact]
    public void The_import_use_case_reports_the_plan_and_each_file_and_names_a_bad_record()
    {
        using var dir = new TempDirectory();
        var good = dir.Write("good.csv", Header + "\ntwitter,1,a,a,2024-03-01T10:00:00.000Z,post,hi,en,,,,,,,\n");
        var bad = dir.Write("bad.csv", Header + "\ntwitter,2,a,a,not-a-time,post,hi,en,,,,,,,\n");
        var events = new List<InvestigationEvent>();
        var sink = new Collect(events);
        var e = Assert.Throws<InvestigationException>(() =>
            new ImportFiles().Run(new ImportRequest { Paths = [good, bad], Database = dir.File("inv.duckdb") }, sink));
        Assert.Contains("bad.csv", e.Message);
        Assert.Contains("not-a-time", e.Message);
        var planned = Assert.Single(events.OfType<ImportPlanned>());
        Assert.Equal(["good.csv", "bad.csv"], planned.Files.Select(f => f.Label));
        Assert.Equal("good.csv", Assert.Single(events.OfType<ImportFileFinished>()).File.Label);

        var stats = new ReadStatistics().Run(new StatisticsRequest(dir.File("inv.duckdb")));
        Assert.Equal(1, stats.Posts);
    }

    [Fact]
    public void The_store_names_imported_files_relative_to_the_folder_given_never_by_absolute_path()
    {
        using var dir = new TempDirectory();
        var exports = dir.File("exports");
        Directory.CreateDirectory(Path.Combine(exports, "march"));
        File.WriteAllText(Path.Combine(exports, "top.csv"), Header + "\ntwitter,1,a,a,2024-03-01T10:00:00.000Z,post,hi,en,,,,,,,\n");
        File.WriteAllText(Path.Combine(exports, "march", "week1.csv"), Header + "\ntwitter,2,b,b,2024-03-01T10:00:01.000Z,post,hi,en,,,,,,,\n");
        var accounts = dir.Write("accounts.csv",
            "platform,account_id,handle,display_name,created_at,followers,following,post_count,description,profile_image_url,profile_image_hash,verified\n" +
            "twitter,a,a,A,2020-01-01T00:00:00Z,10,20,30,hi,,,false\n");
        var db = dir.File("inv.duckdb");
        var result = new ImportFiles().Run(new ImportRequest { Paths = [exports, accounts], Database = db, Recursive = true });
        // The use case's own result still names the files as the analyst gave them.
        Assert.Contains(result.Files, f => f.Path == Path.Combine(exports, "march", "week1.csv"));

        using (var store = InvestigationStore.OpenReadOnly(db))
        {
            Assert.Equal(["march/week1.csv", "top.csv"], store.ReadPosts().Select(p => p.Provenance.SourceFile).Order(StringComparer.Ordinal));
            Assert.Equal("accounts.csv", store.ReadAccounts().Single(a => a.Id == "a").Provenance.SourceFile);
        }
        using var sql = new DuckDB.NET.Data.DuckDBConnection($"Data Source={db};ACCESS_MODE=READ_ONLY");
        sql.Open();
        using var cmd = sql.CreateCommand();
        cmd.CommandText = "SELECT string_agg(path, '|' ORDER BY path) || '|' || (SELECT string_agg(DISTINCT source_file, '|') FROM accounts) FROM imports";
        Assert.Equal("accounts.csv|march/week1.csv|top.csv|accounts.csv", cmd.ExecuteScalar());
    }

    private sealed class Collect(List<InvestigationEvent> events) : IProgress<InvestigationEvent>
    {
        public void Report(InvestigationEvent value) => events.Add(value);
    }
}
