using DuckDB.NET.Data;
using Swarmscope.TestSupport;

namespace Swarmscope.Storage.Tests;

/// <summary>
/// <see cref="ImportQueue.ImportFiles"/> parses file N+1 while file N commits. Whatever overlaps, the result must
/// be exactly that of importing the files one by one, and a failing file must keep the files before it and nothing
/// of itself or the files after it.
/// </summary>
public sealed class ImportFilesTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    public void Dispose() => _dir.Dispose();

    /// <summary>Random overlapping files of the fake format: ids from a small range repeat across and within files.</summary>
    private string[] RandomFiles(int seed, int files, int maxRows)
    {
        var random = new Random(seed);
        var paths = new string[files];
        for (var f = 0; f < files; f++)
        {
            var lines = Enumerable.Range(0, random.Next(maxRows / 2, maxRows))
                .Select(r => $"{random.Next(maxRows * 2)},a{random.Next(40)},{random.Next(10_000)},text {f}-{r}");
            paths[f] = _dir.Write($"s{seed}-f{f}.txt", string.Join('\n', lines) + "\n");
        }
        return paths;
    }

    private static FileToImport[] Plan(params string[] paths) => [.. paths.Select(FakeFormat.File)];

    private static string[] StoredRows(string db)
    {
        using var c = new DuckDBConnection($"Data Source={db}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT p.post_id || '|' || p.account_id || '|' || p.time || '|' || coalesce(p.text, '') || '|' || p.source_record || '|' || i.path
            FROM posts p JOIN imports i USING (import_id) ORDER BY 1
            """;
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read()) rows.Add(r.GetString(0));
        return [.. rows];
    }

    [Theory]
    [InlineData(1, 1, int.MaxValue, ImportBatch.DefaultBacklogBytes)]   // the parser of the next file waits for its start after one chunk
    [InlineData(2, 3, int.MaxValue, ImportBatch.DefaultBacklogBytes)]
    [InlineData(3, 128, int.MaxValue, ImportBatch.DefaultBacklogBytes)]
    [InlineData(4, 2, 500, ImportBatch.DefaultBacklogBytes)]             // key set overflowing: repeats found by DuckDB at commit
    [InlineData(5, 128, int.MaxValue, 1)]                                 // the backlog's byte cap stops the parser instead
    public void Files_imported_together_equal_files_imported_one_by_one(int seed, int backlogChunks, int keyLimit, long backlogBytes)
    {
        var files = RandomFiles(seed, 5, 12_000);
        var together = _dir.File($"together-{seed}.duckdb");
        var oneByOne = _dir.File($"one-{seed}.duckdb");
        var reported = new List<string>();
        IReadOnlyList<ImportSummary> a;
        using (var store = InvestigationStore.Open(together))
        {
            store.ImportBacklogChunks = backlogChunks;
            store.ImportBacklogBytes = backlogBytes;
            store.ImportKeyLimit = keyLimit;
            a = ImportQueue.ImportFiles(store, Plan(files), onImported: s => reported.Add(s.Path));
        }
        var b = new List<ImportSummary>();
        using (var store = InvestigationStore.Open(oneByOne))
        {
            store.ImportKeyLimit = keyLimit;
            foreach (var f in files) b.Add(ImportQueue.ImportFile(store, FakeFormat.File(f)));
        }
        Assert.Equal(files, reported);
        Assert.Equal(b.Select(s => (s.Path, s.PostsRead, s.PostsImported, s.PostsMerged, s.AccountsImported, s.AccountsMerged)),
            a.Select(s => (s.Path, s.PostsRead, s.PostsImported, s.PostsMerged, s.AccountsImported, s.AccountsMerged)));
        Assert.True(a.Sum(s => s.PostsMerged) > 0, "the files were meant to overlap");
        Assert.Equal(StoredRows(oneByOne), StoredRows(together));
    }

    /// <summary>A rejected record and an importer error stop the parser; a missing file stops it earlier; a post DuckDB
    /// refuses fails the commit, on the store thread, while the next file is already being parsed.</summary>
    public static TheoryData<string> Failures => new() { "BAD", "THROW", "missing file", "NULL" };

    [Theory]
    [MemberData(nameof(Failures))]
    public void A_failing_file_keeps_the_files_before_it_and_nothing_of_it_or_after_it(string failure)
    {
        var files = RandomFiles(7, 4, 9_000);
        if (failure == "missing file") files[2] = _dir.File("gone.txt");
        else File.AppendAllText(files[2], failure + "\n1,a1,1\n");
        var db = _dir.File($"fail-{failure.Replace(' ', '-')}.duckdb");
        var reported = new List<string>();
        using (var store = InvestigationStore.Open(db))
        {
            store.ImportBacklogChunks = 2;
            var e = Assert.Throws<ImportFileException>(() => ImportQueue.ImportFiles(store, Plan(files), onImported: s => reported.Add(s.Path)));
            Assert.Equal((2, files[2]), (e.Index, e.Path));
            Assert.Equal(failure switch
            {
                "BAD" => typeof(ImportRejectedException), "THROW" => typeof(InvalidOperationException),
                "NULL" => typeof(DuckDBException), _ => typeof(FileNotFoundException),
            }, e.InnerException!.GetType());
            Assert.Equal(files[..2], reported);

            // The store is usable and its key set right: the last file, imported now, merges against the first two only.
            ImportQueue.ImportFiles(store, Plan(files[3]));
        }
        var expected = _dir.File("expected.duckdb");
        using (var store = InvestigationStore.Open(expected))
        {
            foreach (var f in new[] { files[0], files[1], files[3] }) ImportQueue.ImportFile(store, FakeFormat.File(f));
        }
        Assert.Equal(StoredRows(expected), StoredRows(db));
    }

    [Fact]
    public void A_file_imported_before_or_listed_twice_adds_nothing_and_the_files_after_it_are_imported()
    {
        var files = RandomFiles(11, 3, 6_000);
        var db = _dir.File("again.duckdb");
        using var store = InvestigationStore.Open(db);
        store.ImportBacklogChunks = 1;
        ImportQueue.ImportFiles(store, Plan(files[0]));
        var summaries = ImportQueue.ImportFiles(store, Plan(files[0], files[1], files[1], files[2]));
        Assert.Equal([true, false, true, false], summaries.Select(s => s.AlreadyImported));
        Assert.Equal(3, store.Stats().Imports);
        Assert.Equal(summaries[1].PostsImported, summaries[1].PostsRead - summaries[1].PostsMerged);
    }
}
