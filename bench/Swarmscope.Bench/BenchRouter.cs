namespace Swarmscope.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Swarmscope.Bench -- NAME [options]` prints figures for one benchmark.
/// Each benchmark lives in its own file and registers here.
/// </summary>
public static class BenchRouter
{
    private static readonly Dictionary<string, (string Summary, Func<string[], int> Run)> Benchmarks = new()
    {
        ["corepost"] = ("co-repost network over 1M and 10M synthetic repost actions", CoRepostBenchmark.Run),
        ["parse-ira"] = ("decompress+parse+normalize the IRA files, rows/s and bytes/row", IraParseBenchmark.Run),
        ["import"] = ("import the IRA files (or --synthetic N posts) into a fresh DuckDB file; rows/s, memory [--repeat N] [--floor]", ImportBenchmark.Run),
        ["writer"] = ("encoding one IRA file's posts (PostChunk) and filling DuckDB vectors from them (PostVectorWriter), ns/post", VectorWriterBenchmark.Run),
        ["neardup"] = ("near-duplicate text grouping, 1M posts, 1-hour window", NearDuplicateBenchmark.Run),
        ["templates"] = ("templates (grouping, slots, description) over 1M synthetic posts [--posts N]", NarrativesBenchmark.RunTemplates),
        ["narratives"] = ("a whole narratives run over 10M synthetic posts [--posts N]; time and peak memory", NarrativesBenchmark.RunNarratives),
        ["score"] = ("score 100,000 synthetic accounts with 10M streamed posts (signals + unsupervised score)", ScoreBenchmark.Run),
        ["report"] = ("swarmscope report on 100,000 accounts / 10M posts with 10,000 flagged accounts; file size, time, memory, opening time in Chromium", ReportBenchmark.Run),
        ["power"] = ("recall of planted farms against farm size, text pool, participation, jitter; organic false-positive rate; Swarmscope, QUT toolkit and CooRTweet rules [--seeds 1,2,3] [--curves LIST]", Power.PowerBenchmark.Run),
        ["power-diagnose"] = ("which layers flag farms and look-alikes in one base world of `power` [--seed N]", Power.PowerDiagnosis.Run),
        ["json-gzip"] = ("gzipped JSON against the same JSON plain (VK response, twarc2 pages): seconds and the ratio gzip/plain", GzipJsonBenchmark.Run),
        ["score-eval"] = ("ROC AUC and precision@k of account scores on the labelled sets in ../shared/data", ScoreEvaluation.Run),
    };

    public static int Run(string[] args)
    {
        if (args.Length == 0 || !Benchmarks.TryGetValue(args[0], out var bench))
        {
            Console.WriteLine("usage: bench <name> [options]");
            foreach (var (name, b) in Benchmarks) Console.WriteLine($"  {name,-12} {b.Summary}");
            return args.Length == 0 ? 0 : 2;
        }
        return bench.Run(args[1..]);
    }
}
