using System.Text;
using Swarmscope.Core;
using Swarmscope.Ingest;
using Swarmscope.Ingest.Csv;
using Swarmscope.Simulation;

namespace Swarmscope.Bench.Power;

/// <summary>
/// One simulated world in memory: the posts as the swarmscope-csv importer reads them (as `swarmscope import` does),
/// the planted accounts (truth.csv) and the organic look-alikes (lookalikes.csv) with their roles.
/// </summary>
public sealed class SimulatedWorldSample
{
    public required List<Post> Posts { get; init; }
    /// <summary>Planted account id → truth group.</summary>
    public required Dictionary<string, string> Planted { get; init; }
    /// <summary>Organic look-alike account id → role kind (star, fan, newsring, greeter).</summary>
    public required Dictionary<string, string> LookAlikes { get; init; }
    public required HashSet<string> Organic { get; init; }

    public static SimulatedWorldSample Create(SimulationOptions options)
    {
        var posts = new StringWriter();
        var truth = new StringWriter();
        var lookAlikes = new StringWriter();
        new CoordinationSimulator(options).Write(posts, TextWriter.Null, truth, lookAlikes);
        var sink = new Sink();
        using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(posts.ToString())))
            new SwarmscopeCsvImporter().Import(stream, new ImportContext { SourceFile = "posts.csv" }, sink);
        if (sink.Rejected.Count > 0) throw new InvalidOperationException("simulated posts rejected: " + sink.Rejected[0]);
        var planted = Rows(truth.ToString()).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        // An account can be a fan of both stars and a greeter too: its first role counts.
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in Rows(lookAlikes.ToString())) roles.TryAdd(f[0], f[1].Split('-')[0]);
        var organic = sink.Posts.Select(p => p.AccountId).Where(a => !planted.ContainsKey(a)).ToHashSet(StringComparer.Ordinal);
        return new SimulatedWorldSample { Posts = sink.Posts, Planted = planted, LookAlikes = roles, Organic = organic };
    }

    private static IEnumerable<string[]> Rows(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(','));

    private sealed class Sink : IRecordSink
    {
        public List<Post> Posts { get; } = [];
        public List<RejectedRecord> Rejected { get; } = [];
        public void Account(Account account) { }
        public void Post(Post post) => Posts.Add(post);
        void IRecordSink.Rejected(RejectedRecord rejected) => Rejected.Add(rejected);
    }
}
