using System.Diagnostics;
using System.Globalization;
using Swarmscope.Core.Codebooks;
using Swarmscope.Narratives;
using Swarmscope.Reports;
using Swarmscope.Signals;

namespace Swarmscope.Investigations;

/// <summary>
/// Reads the store's posts (read-only), the optional clusters, codebook, watchlist and lexicon files, runs
/// <see cref="NarrativeAnalyzer"/> and writes the CSV files (<see cref="NarrativeCsvWriter"/>).
/// </summary>
public sealed class RunNarratives : IUseCase<NarrativesRequest, NarrativesResult>
{
    public static IReadOnlyList<string> Files => NarrativeCsvWriter.Files;

    public NarrativesResult Run(NarrativesRequest request, IProgress<InvestigationEvent>? events = null, CancellationToken cancellationToken = default)
    {
        if (request.MinTemplatePosts < 2) throw new RequestException("min-posts must be at least 2");
        var inputs = new[] { request.ClustersFile, request.CodebookFile, request.WatchlistFile, request.LexiconFile }.OfType<string>().ToList();
        if (request.OutFolder is { } outFolder) OutputRule.RefuseFolder(outFolder, "output folder", request.Database, inputs);

        var lexicon = StanceLexicon.Default();
        if (request.LexiconFile is { } lexiconPath) Read(lexiconPath, "stance lexicon", () => lexicon.LoadFile(lexiconPath));
        Watchlist? watchlist = null;
        if (request.WatchlistFile is { } watchPath) Read(watchPath, "watchlist", () => watchlist = Watchlist.Load(watchPath));
        Codebook? codebook = null;
        if (request.CodebookFile is { } codebookPath) Read(codebookPath, "codebook", () => codebook = CodebookParser.ParseFile(codebookPath));
        List<ClusterEvidence>? clusters = null;
        if (request.ClustersFile is { } clustersPath) Read(clustersPath, "clusters file", () => clusters = ClusterEvidenceCsv.Read(clustersPath));

        var clock = Stopwatch.StartNew();
        var builder = new NarrativeCorpusBuilder();
        using (var store = Stores.OpenForReading(request.Database))
            foreach (var post in store.ReadPosts()) builder.Add(post);
        if (builder.Count == 0) throw new InvestigationException(Messages.EmptyStore(request.Database));
        cancellationToken.ThrowIfCancellationRequested();
        var corpus = builder.Build();
        var clustered = clusters is null ? 0 : AssignClusters(corpus, clusters);

        var findings = NarrativeAnalyzer.Analyze(corpus, lexicon, watchlist, codebook, new NarrativeOptions
        {
            Period = request.Weekly ? StancePeriod.Week : StancePeriod.Month,
            Templates = new TemplateOptions { MinPosts = request.MinTemplatePosts },
        });
        cancellationToken.ThrowIfCancellationRequested();
        if (request.OutFolder is { } folder) AtomicFolder.Write(folder, temp => NarrativeCsvWriter.WriteAll(findings, temp));
        return new NarrativesResult(request.OutFolder, corpus.Count, corpus.AccountCount, clustered, findings.Templates.Count,
            findings.Activity.Count(a => !a.Active), findings.Activity.Count(a => a.Reactivation), findings.Targets.Count(t => t.Posts > 0),
            findings.Flips.Count, findings.Swarms.Count, findings.FrameAssignments.Count, codebook is null ? null : $"{codebook.Id} v{codebook.Version}",
            findings.Templates.Take(10).Select(t => new TemplateOverview(t.Id, t.Posts.Length, t.Accounts,
                t.Clusters.OrderByDescending(kv => kv.Value).Select(kv => kv.Key).Take(3).ToList(),
                DateTimeOffset.FromUnixTimeMilliseconds(t.FirstMs), DateTimeOffset.FromUnixTimeMilliseconds(t.LastMs), t.Text)).ToList(),
            clock.Elapsed.TotalSeconds);
    }

    private static void Read(string path, string what, Action read)
    {
        if (!File.Exists(path)) throw new RequestException(Messages.NoSuchFile(path, what));
        try { read(); }
        catch (Exception e) when (e is FormatException or InvalidDataException)
        {
            throw new InvestigationException(e.Message);
        }
        catch (IOException e)
        {
            throw new InvestigationException(Messages.CannotRead(path, e.Message));
        }
    }

    /// <summary>Accounts of clusters.csv (by handle or id, as detect writes them) → the corpus's accounts.</summary>
    private static int AssignClusters(NarrativeCorpus corpus, List<ClusterEvidence> clusters)
    {
        var byLabel = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in clusters)
        {
            if (!int.TryParse(c.ClusterId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)) continue;
            foreach (var m in c.Members) byLabel.TryAdd(m, id);
        }
        var assigned = 0;
        for (var a = 0; a < corpus.AccountCount; a++)
        {
            if (byLabel.TryGetValue(corpus.AccountIds[a], out var id) || (corpus.AccountHandles[a] is { } h && byLabel.TryGetValue(h, out id)))
            {
                corpus.AccountCluster[a] = id;
                assigned++;
            }
        }
        return assigned;
    }
}
