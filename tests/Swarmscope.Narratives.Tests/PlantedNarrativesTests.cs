using System.Globalization;
using Swarmscope.Core;
using Swarmscope.Detection;
using Swarmscope.Ingest;
using Swarmscope.Ingest.Csv;
using Swarmscope.Simulation.Narratives;
using Swarmscope.TestSupport;
using Xunit.Abstractions;

namespace Swarmscope.Narratives.Tests;

/// <summary>
/// The whole pipeline on simulated worlds with planted narrative tactics (NarrativeSimulator): posts read by the
/// swarmscope-csv importer, clusters from detection at its defaults, then a narratives run. Planted flips, attack
/// swarms, on/off periods and both-script templates must be found, with precision and recall printed per seed.
/// </summary>
public class PlantedNarrativesTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void PlantedTacticsAreFound(int seed)
    {
        using var dir = new TempDirectory();
        new NarrativeSimulator(new NarrativeSimulationOptions { Seed = seed }).WriteTo(dir.Path);
        var posts = LoadPosts(dir.File("narrative-posts.csv"));
        var truth = File.ReadLines(dir.File("narrative-truth.csv")).Skip(1).Select(l => l.Split(',')).ToList();

        var detection = CoordinationDetector.Detect(posts, new DetectionOptions());
        var clusters = new Dictionary<(Platform, string), int>();
        foreach (var c in detection.Clusters)
            foreach (var a in c.Members) clusters[(detection.Corpus.AccountPlatforms[a], detection.Corpus.AccountIds[a])] = c.Id;
        var builder = new NarrativeCorpusBuilder(clusters);
        foreach (var p in posts) builder.Add(p);
        var corpus = builder.Build();
        var findings = NarrativeAnalyzer.Analyze(corpus, StanceLexicon.Default());

        var membersOf = new Dictionary<int, HashSet<string>>();
        for (var a = 0; a < corpus.AccountCount; a++)
            if (corpus.AccountCluster[a] >= 0)
            {
                if (!membersOf.TryGetValue(corpus.AccountCluster[a], out var set)) membersOf[corpus.AccountCluster[a]] = set = [];
                set.Add(corpus.AccountIds[a]);
            }
        bool ClusterIsFarm(int cluster, HashSet<string> farm) => membersOf.TryGetValue(cluster, out var m) && m.Count(farm.Contains) * 2 > m.Count;

        // Flips: a cluster flip on the planted target whose cluster is mostly the planted farm, praise before, attack after.
        var plantedFlips = truth.Where(t => t[0] == "flip").Select(t => (Target: "@" + t[2], Farm: t[5].Split(' ').ToHashSet())).ToList();
        var clusterFlips = findings.Flips.Where(f => f.Group == GroupKind.Cluster).ToList();
        bool FlipMatches(StanceFlip f, (string Target, HashSet<string> Farm) p) =>
            findings.Targets[f.Target].Label == p.Target && f.Before.Sign > 0 && f.After.Sign < 0 && ClusterIsFarm(f.GroupId, p.Farm);
        var (flipP, flipR) = Score(clusterFlips, plantedFlips, FlipMatches);

        // Swarms: same target, overlapping time. A flip farm's daily hostile bursts after its flip are brigading too
        // (planted, just not listed as "swarm"), so a swarm of mostly flip-farm accounts on their target after the flip
        // counts as correct for precision; recall is over the planted swarms.
        var plantedSwarms = truth.Where(t => t[0] == "swarm").Select(t => (Target: "@" + t[2], Start: Ms(t[3]), End: Ms(t[4]))).ToList();
        var flipAttacks = truth.Where(t => t[0] == "flip").Select(t => (Target: "@" + t[2], From: Ms(t[3]), Farm: t[5].Split(' ').ToHashSet())).ToList();
        bool SwarmMatches(AttackSwarm s, (string Target, long Start, long End) p) =>
            findings.Targets[s.Target].Label == p.Target && s.StartMs <= p.End && s.EndMs >= p.Start;
        bool IsFlipAttack(AttackSwarm s) => flipAttacks.Any(f => findings.Targets[s.Target].Label == f.Target && s.StartMs >= f.From
            && s.Evidence.Count(p => f.Farm.Contains(corpus.AccountIds[corpus.PostAccount[p]])) * 2 > s.Evidence.Length);
        var swarmR = plantedSwarms.Count(p => findings.Swarms.Any(s => SwarmMatches(s, p))) / (double)plantedSwarms.Count;
        var swarmP = findings.Swarms.Count == 0 ? 1.0 : findings.Swarms.Count(s => plantedSwarms.Any(p => SwarmMatches(s, p)) || IsFlipAttack(s)) / (double)findings.Swarms.Count;

        // On/off: a dormant period of a cluster that is mostly the farm, covering at least half of the planted silence.
        var plantedOff = truth.Where(t => t[0] == "onoff").Select(t => (Farm: t[5].Split(' ').ToHashSet(), Start: Day(t[3]), End: Day(t[4]))).ToList();
        var dormant = findings.Activity.Where(a => a.Subject == ActivitySubject.Cluster && !a.Active).ToList();
        var (offP, offR) = Score(dormant, plantedOff, (d, p) =>
        {
            var overlap = Math.Min(d.End.DayNumber, p.End.DayNumber) - Math.Max(d.Start.DayNumber, p.Start.DayNumber) + 1;
            return ClusterIsFarm(d.SubjectId, p.Farm) && overlap * 2 >= p.End.DayNumber - p.Start.DayNumber + 1;
        });
        var reactivated = findings.Activity.Count(a => a.Subject == ActivitySubject.Cluster && a.Reactivation);

        // Templates in both scripts: one template holds most of the farm's posts, in Cyrillic and in Latin.
        var plantedTemplates = truth.Where(t => t[0] == "template").Select(t => t[5].Split(' ').ToHashSet()).ToList();
        var templatesFound = plantedTemplates.Count(farm => findings.Templates.Any(t =>
        {
            var authors = t.Posts.Select(p => corpus.AccountIds[corpus.PostAccount[p]]).ToList();
            var fromFarm = authors.Count(farm.Contains);
            var cyrillic = t.Posts.Count(p => corpus.Text[p]!.Any(c => c is >= 'А' and <= 'я' or 'ә' or 'қ' or 'ң' or 'ү' or 'ұ' or 'і' or 'ө' or 'ғ'));
            return fromFarm >= 0.8 * t.Posts.Length && fromFarm >= 0.8 * corpus.PostAccount.Count(a => farm.Contains(corpus.AccountIds[a]))
                   && cyrillic > 0 && cyrillic < t.Posts.Length;
        }));

        output.WriteLine($"seed {seed}: {corpus.Count:N0} posts, {detection.Clusters.Count} clusters, {findings.Templates.Count} templates, {findings.Mentions.Count:N0} target mentions");
        output.WriteLine($"  flips    planted {plantedFlips.Count}, found {clusterFlips.Count}: precision {flipP:0.00}, recall {flipR:0.00}");
        output.WriteLine($"  swarms   planted {plantedSwarms.Count} (+ flip farms' hostile bursts), found {findings.Swarms.Count} ({findings.Swarms.Count(IsFlipAttack)} of them flip-farm bursts): precision {swarmP:0.00}, recall {swarmR:0.00}");
        output.WriteLine($"  on/off   planted {plantedOff.Count}, dormant cluster periods {dormant.Count}: precision {offP:0.00}, recall {offR:0.00}; reactivations {reactivated}");
        output.WriteLine($"  templates in both scripts: {templatesFound} of {plantedTemplates.Count}");
        foreach (var t in findings.Templates.Take(3)) output.WriteLine($"    T{t.Id} ({t.Posts.Length} posts, {t.Accounts} accounts): {t.Text}");

        Assert.Equal(1.0, flipR);
        Assert.Equal(1.0, swarmR);
        Assert.Equal(1.0, offR);
        Assert.True(flipP >= 0.8, $"flip precision {flipP}");
        Assert.True(swarmP >= 0.8, $"swarm precision {swarmP}");
        Assert.True(offP >= 0.8, $"on/off precision {offP}");
        Assert.Equal(plantedTemplates.Count, templatesFound);
    }

    private static (double Precision, double Recall) Score<TFound, TPlanted>(List<TFound> found, List<TPlanted> planted, Func<TFound, TPlanted, bool> matches)
    {
        var precision = found.Count == 0 ? 1.0 : (double)found.Count(f => planted.Any(p => matches(f, p))) / found.Count;
        var recall = planted.Count == 0 ? 1.0 : (double)planted.Count(p => found.Any(f => matches(f, p))) / planted.Count;
        return (precision, recall);
    }

    private static long Ms(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
    private static DateOnly Day(string iso) => DateOnly.FromDateTime(DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture).UtcDateTime);

    private static List<Post> LoadPosts(string path)
    {
        var sink = new ListSink();
        using var stream = File.OpenRead(path);
        new SwarmscopeCsvImporter().Import(stream, new ImportContext { SourceFile = path }, sink);
        Assert.Empty(sink.Rejected);
        return sink.Posts;
    }

    private sealed class ListSink : IRecordSink
    {
        public List<Post> Posts { get; } = [];
        public List<RejectedRecord> Rejected { get; } = [];
        public void Account(Account account) { }
        public void Post(Post post) => Posts.Add(post);
        void IRecordSink.Rejected(RejectedRecord rejected) => Rejected.Add(rejected);
    }
}
