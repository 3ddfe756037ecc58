using System.Diagnostics;
using Swarmscope.Core;
using Swarmscope.Ingest;
using Swarmscope.Storage;

namespace Swarmscope.Bench;

/// <summary>
/// The hand-over of parsed posts to DuckDB alone: encoding them (<see cref="PostChunk"/>) and <see cref="PostVectorWriter"/> filling DuckDB vectors, chunk after
/// chunk, with the posts of one IRA file (default tweets-part1.csv.gz), no query and no storage. Prints the fastest
/// of several passes in ns per post, so a change to the writer can be measured apart from the VM's drift in whole imports.
/// </summary>
public static class VectorWriterBenchmark
{
    public static int Run(string[] args)
    {
        var file = args.Length > 0 && !args[0].StartsWith("--") ? args[0] : "/work/shared/data/ira/tweets-part1.csv.gz";
        var (importer, _) = ImporterRegistry.Detect(file);
        if (importer is null) { Console.Error.WriteLine($"{file}: no importer recognises this file"); return 1; }
        var sink = new EvaluationSink();
        sink.Import(file, importer.Format, label: 0);
        var size = PostsFeed.ChunkSize;
        var encoded = new PostChunk(size);

        var writer = new PostVectorWriter();
        var chunk = PostsFeed.CreateChunk();
        try
        {
            var best = double.MaxValue;
            for (var pass = 0; pass < 8; pass++)
            {
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < sink.Posts.Count; i += size)
                {
                    encoded.Clear();
                    for (var j = i; j < Math.Min(i + size, sink.Posts.Count); j++) encoded.Add(sink.Posts[j]);
                    DuckDBNative.DataChunkReset(chunk);
                    writer.Write(chunk, encoded, 1);
                }
                var ns = clock.Elapsed.TotalNanoseconds / sink.Posts.Count;
                best = Math.Min(best, ns);
                Console.WriteLine($"pass {pass + 1}: {ns:F0} ns/post");
            }
            Console.WriteLine($"encode (PostChunk) + vector writer, {sink.Posts.Count:N0} posts of {Path.GetFileName(file)} in chunks of {size}: fastest pass {best:F0} ns/post " +
                              $"= {best * sink.Posts.Count / 1e9:F2} s per file on one core");
        }
        finally
        {
            DuckDBNative.DestroyDataChunk(ref chunk);
        }
        return 0;
    }
}
