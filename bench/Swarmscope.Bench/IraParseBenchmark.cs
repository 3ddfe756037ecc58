using System.Diagnostics;
using Swarmscope.Core;
using Swarmscope.Ingest;

namespace Swarmscope.Bench;

/// <summary>
/// Decompress + parse + normalize the IRA per-author files, single-threaded, into a sink that only counts:
/// the importer's share of the end-to-end import budget. Prints rows/s and managed bytes allocated per row.
/// Usage: parse-ira [folder with tweets-part*.csv.gz] (default ../shared/data/ira).
/// </summary>
public static class IraParseBenchmark
{
    private sealed class CountingSink : IRecordSink
    {
        public long Posts, Accounts, RejectedCount, TextChars;
        public void Account(Account account) => Accounts++;
        public void Post(Post post) { Posts++; TextChars += post.Text?.Length ?? 0; }
        public void Rejected(RejectedRecord rejected) => RejectedCount++;
    }

    public static int Run(string[] args)
    {
        var folder = args.Length > 0 ? args[0] : FindSharedIra();
        if (folder is null || !Directory.Exists(folder))
        {
            Console.Error.WriteLine("parse-ira: IRA folder not found (pass it, or keep ../shared/data/ira beside the repository)");
            return 2;
        }
        var files = Directory.GetFiles(folder, "tweets-part*.csv*").Order(StringComparer.Ordinal).ToArray();
        var importer = ImporterRegistry.Find("ira")!;

        // Warm-up on the first file so JIT tiering is not timed.
        RunOnce(importer, files[..1]);
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gen0 = GC.CollectionCount(0);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var sink = RunOnce(importer, files);
        stopwatch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        // The machine is shared: CPU time says what the work costs, wall time what this run got.
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;

        var seconds = stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine($"files            {files.Length} ({folder})");
        Console.WriteLine($"rows             {sink.Posts:N0} posts, {sink.Accounts:N0} accounts, {sink.RejectedCount:N0} rejected");
        Console.WriteLine($"time             {seconds:F2} s");
        Console.WriteLine($"rows/s           {sink.Posts / seconds:N0} (wall clock)");
        Console.WriteLine($"cpu time         {cpu:F2} s, {sink.Posts / cpu:N0} rows per CPU-second (includes GC threads)");
        Console.WriteLine($"load average     {LoadAverage()}");
        Console.WriteLine($"allocated/row    {(double)allocated / sink.Posts:N0} bytes (text alone: {2.0 * sink.TextChars / sink.Posts + 22:N0})");
        Console.WriteLine($"gen0 collections {GC.CollectionCount(0) - gen0}");
        Console.WriteLine($"peak working set {Environment.WorkingSet / (1 << 20):N0} MiB");
        return 0;
    }

    private static CountingSink RunOnce(IPlatformImporter importer, string[] files)
    {
        var sink = new CountingSink();
        foreach (var file in files)
        {
            using var stream = ImporterRegistry.OpenDecompressed(file);
            importer.Import(stream, new ImportContext { SourceFile = file }, sink);
        }
        return sink;
    }

    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Trim(); } catch (IOException) { return "n/a"; } catch (UnauthorizedAccessException) { return "n/a"; }
    }

    private static string? FindSharedIra()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "ira");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
