using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Swarmscope.Core;
using Swarmscope.Core.Codebooks;
using Swarmscope.Core.Findings;
using Swarmscope.Narratives;
using Swarmscope.Signals;

namespace Swarmscope.Investigations;

/// <summary>
/// Reads the store's posts (read-only) with the clusters of the latest stored detection run (or the one asked for, or
/// a clusters.csv), the optional codebook, watchlist and lexicon files, runs <see cref="NarrativeAnalyzer"/>, records
/// the run and its findings in the store in one transaction, and with an output folder writes the CSV exports of the
/// stored run (<see cref="NarrativesExport"/>, the same export as `swarmscope export`).
/// </summary>
public sealed class RunNarratives : IUseCase<NarrativesRequest, NarrativesResult>
{
    public static IReadOnlyList<string> Files => NarrativesExport.Files;

    public NarrativesResult Run(NarrativesRequest request, IProgress<InvestigationEvent>? events = null, CancellationToken cancellationToken = default)
    {
        if (request.MinTemplatePosts < 2) throw new RequestException("min-posts must be at least 2");
        var sources = (request.ClustersFile is null ? 0 : 1) + (request.DetectionRunId is null ? 0 : 1) + (request.NoClusters ? 1 : 0);
        if (sources > 1) throw new RequestException(Messages.OneClusterSource);
        var inputs = new[] { request.ClustersFile, request.CodebookFile, request.WatchlistFile, request.LexiconFile }.OfType<string>().ToList();
        if (request.OutFolder is { } outFolder) OutputRule.RefuseFolder(outFolder, "output folder", request.Database, inputs);
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();

        var lexicon = StanceLexicon.Default();
        if (request.LexiconFile is { } lexiconPath) Read(lexiconPath, "stance lexicon", () => lexicon.LoadFile(lexiconPath));
        Watchlist? watchlist = null;
        if (request.WatchlistFile is { } watchPath) Read(watchPath, "watchlist", () => watchlist = Watchlist.Load(watchPath));
        Codebook? codebook = null;
        if (request.CodebookFile is { } codebookPath) Read(codebookPath, "codebook", () => codebook = CodebookParser.ParseFile(codebookPath));
        List<ClusterEvidence>? clusterFile = null;
        if (request.ClustersFile is { } clustersPath) Read(clustersPath, "clusters file", () => clusterFile = ClusterEvidenceCsv.Read(clustersPath));

        NarrativeCorpus corpus;
        AnalysisRun? detection = null;
        using (var store = Stores.OpenForReading(request.Database))
        {
            Dictionary<(Platform, string), int>? clusterOf = null;
            if (clusterFile is null && !request.NoClusters)
            {
                detection = Stores.Reading(request.Database, () => StoredRuns.Find(store, request.Database, request.DetectionRunId, RunKind.Detection));
                if (detection is null) events?.Report(new Notice(NoticeLevel.Information, Messages.NarrativesWithoutClusters(request.Database)));
                else
                {
                    clusterOf = Stores.Reading(request.Database, () => ClustersOf(store.ReadDetection(detection)));
                    events?.Report(new Notice(NoticeLevel.Information,
                        Messages.ClustersOfRun(detection.RunId, clusterOf.Values.Distinct().Count(), detection.StartedAt)));
                }
            }
            var builder = new NarrativeCorpusBuilder(clusterOf);
            Stores.Reading(request.Database, () =>
            {
                foreach (var post in store.ReadPosts()) builder.Add(post);
                return builder.Count;
            });
            if (builder.Count == 0) throw new InvestigationException(Messages.EmptyStore(request.Database));
            corpus = builder.Build();
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (clusterFile is not null) AssignClusters(corpus, clusterFile);
        var clustered = corpus.AccountCluster.Count(c => c >= 0);

        var options = new NarrativeOptions
        {
            Period = request.Weekly ? StancePeriod.Week : StancePeriod.Month,
            Templates = new TemplateOptions { MinPosts = request.MinTemplatePosts },
        };
        var analysis = NarrativeAnalyzer.Analyze(corpus, lexicon, watchlist, codebook, options);
        cancellationToken.ThrowIfCancellationRequested();

        var settings = new NarrativeSettings
        {
            Period = request.Weekly ? "week" : "month", MinTemplatePosts = request.MinTemplatePosts,
            Clusters = clusterFile is not null ? "file" : detection is not null ? "run" : "none", DetectionRunId = detection?.RunId,
            ClustersFile = Name(request.ClustersFile), CodebookId = codebook?.Id, CodebookVersion = codebook?.Version,
            Codebook = FileOf(request.CodebookFile), Watchlist = FileOf(request.WatchlistFile), WatchlistTargets = watchlist?.Targets.Count ?? 0,
            Lexicon = FileOf(request.LexiconFile), LexiconEntries = lexicon.Count, MinStancePosts = options.MinStancePosts,
            SwarmGapMinutes = options.SwarmGapMs / 60_000.0, SwarmMinAccounts = options.SwarmMinAccounts, SwarmAlpha = options.SwarmAlpha,
            DormantShare = options.Activity.DormantShare, MinDormantDays = options.Activity.MinDormantDays,
        };
        var findings = NarrativeFindingsMap.From(analysis, settings);
        var summary = new NarrativeSummary(findings.Templates.Count, findings.Templates.Sum(t => (long)t.PostCount), clustered, findings.Activity.Count,
            findings.Activity.Count(a => !a.Active), findings.Activity.Count(a => a.Reactivation), findings.Targets.Count, findings.Flips.Count,
            findings.Swarms.Count, findings.FramePosts.Count);
        var run = new AnalysisRun
        {
            Kind = RunKind.Narratives, SettingsJson = FindingsJson.Write(settings), SummaryJson = FindingsJson.Write(summary),
            ToolVersion = ToolVersion.Current, StartedAt = started, FinishedAt = DateTimeOffset.UtcNow, InputPosts = corpus.Count,
            InputAccounts = corpus.AccountCount, SourceRunId = detection?.RunId,
        };
        var top = findings.Templates.Take(10).Select(t => new TemplateOverview(t.TemplateId, t.PostCount, t.Accounts,
            t.Clusters.Take(3).Select(c => c.ClusterId).ToList(), t.FirstSeen, t.LastSeen, t.Text)).ToList();
        var (posts, accounts) = (corpus.Count, corpus.AccountCount);
        analysis = null;
        corpus = null!;

        events?.Report(new Notice(NoticeLevel.Information, Messages.StoringNarratives(findings.Templates.Count, findings.Flips.Count, findings.Swarms.Count)));
        long runId;
        using (var store = Stores.OpenForWriting(request.Database))
        {
            runId = Stores.Writing(request.Database, () => store.RecordNarratives(run, findings));
            findings = null;
            if (request.OutFolder is { } folder)
            {
                var stored = Stores.Reading(request.Database, () => StoredRuns.Find(store, request.Database, runId, RunKind.Narratives)!);
                NarrativesExport.Write(store, request.Database, stored, folder);
            }
        }
        return new NarrativesResult(runId, request.OutFolder, posts, accounts, settings.Clusters, detection?.RunId, clustered, summary.Templates,
            summary.DormantPeriods, summary.Reactivations, summary.Targets, summary.Flips, summary.Swarms, summary.FramePosts,
            codebook is null ? null : $"{codebook.Id} v{codebook.Version}", top, clock.Elapsed.TotalSeconds);
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

    private static string? Name(string? path) => path is null ? null : Path.GetFileName(path);

    /// <summary>A file the run read: its name and SHA-256, so a finding can be traced to the exact file.</summary>
    private static StoredFile? FileOf(string? path)
    {
        if (path is null) return null;
        try
        {
            using var stream = File.OpenRead(path);
            return new StoredFile(Path.GetFileName(path), Convert.ToHexStringLower(SHA256.HashData(stream)));
        }
        catch (IOException e) { throw new InvestigationException(Messages.CannotRead(path, e.Message)); }
    }

    /// <summary>A stored detection run's members → their cluster.</summary>
    private static Dictionary<(Platform, string), int> ClustersOf(DetectionFindings detection)
    {
        var clusters = new Dictionary<(Platform, string), int>();
        foreach (var c in detection.Clusters)
            foreach (var m in c.Members) clusters.TryAdd((m.Platform, m.AccountId), c.ClusterId);
        return clusters;
    }

    /// <summary>Accounts of clusters.csv (by handle or id, as detect writes them) → the corpus's accounts.</summary>
    private static void AssignClusters(NarrativeCorpus corpus, List<ClusterEvidence> clusters)
    {
        var byLabel = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in clusters)
        {
            if (!int.TryParse(c.ClusterId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)) continue;
            foreach (var m in c.Members) byLabel.TryAdd(m, id);
        }
        for (var a = 0; a < corpus.AccountCount; a++)
            if (byLabel.TryGetValue(corpus.AccountIds[a], out var id) || (corpus.AccountHandles[a] is { } h && byLabel.TryGetValue(h, out id)))
                corpus.AccountCluster[a] = id;
    }
}
