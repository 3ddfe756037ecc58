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

    private sealed class Collect(List<InvestigationEvent> events) : IProgress<InvestigationEvent>
    {
        public void Report(InvestigationEvent value) => events.Add(value);
    }
}
