using System.Diagnostics;
using Swarmscope.Core;
using Swarmscope.Core.Findings;
using Swarmscope.Detection;

namespace Swarmscope.Investigations;

/// <summary>
/// Finds coordinated groups with evidence: reads the store's posts (read-only), optionally estimates the window, runs
/// <see cref="CoordinationDetector"/>, records the run and its findings in the store (one transaction), and writes the
/// report files of the stored run (the same export as <see cref="ExportRun"/>).
/// </summary>
public sealed class DetectCoordination : IUseCase<DetectRequest, DetectResult>
{
    public static IReadOnlyList<string> ReportFiles => FindingsExport.Files;

    public DetectResult Run(DetectRequest request, IProgress<InvestigationEvent>? events = null, CancellationToken cancellationToken = default)
    {
        var options = Options(request);
        if (request.OutFolder is { } outFolder) OutputRule.RefuseFolder(outFolder, "output folder", request.Database, []);

        var clock = Stopwatch.StartNew();
        var started = DateTimeOffset.UtcNow;
        // The posts, the corpus and Detection's result live only inside Detect, the findings only inside Record: the
        // garbage collector may take each back before the store and then the export need memory of their own.
        var (runId, overview) = Record(request, Detect(request, options, events, cancellationToken), started, events, cancellationToken);

        if (request.OutFolder is { } folder)
        {
            using var store = Stores.OpenForReading(request.Database);
            Stores.Reading(request.Database, () =>
            {
                var stored = StoredRuns.Detection(store, request.Database, runId);
                FindingsExport.Write(store, stored, FindingsExport.Read(store, stored, null), folder);
                return 0;
            });
        }
        return overview with { Seconds = clock.Elapsed.TotalSeconds };
    }

    /// <summary>Stores the run and its findings in one transaction; the findings are not needed after that (the export reads the store).</summary>
    private static (long RunId, DetectResult Overview) Record(DetectRequest request, DetectionFindings findings, DateTimeOffset started,
        IProgress<InvestigationEvent>? events, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // The posts and Detection's working sets are garbage now, but the heap they grew stays committed: hand it back
        // before DuckDB takes memory of its own to store and export (IRA: docs/store.md, "Memory of detect").
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        var run = new AnalysisRun
        {
            Kind = RunKind.Detection, SettingsJson = "{}", ToolVersion = ToolVersion.Current, StartedAt = started, FinishedAt = DateTimeOffset.UtcNow,
            InputPosts = findings.PostsAnalysed, InputAccounts = findings.AccountsAnalysed,
        };
        events?.Report(new Notice(NoticeLevel.Information, Messages.StoringFindings(findings.Edges.Count, findings.Clusters.Count)));
        long runId;
        using (var store = Stores.OpenForWriting(request.Database))
            runId = Stores.Writing(request.Database, () => store.RecordDetection(run, findings));
        return (runId, Overview(findings, request, runId));
    }

    private static DetectionFindings Detect(DetectRequest request, DetectionOptions options, IProgress<InvestigationEvent>? events, CancellationToken cancellationToken)
    {
        List<Post> posts;
        using (var store = Stores.OpenForReading(request.Database)) posts = Stores.Reading(request.Database, () => store.ReadPosts().ToList());
        if (posts.Count == 0) throw new InvestigationException(Messages.EmptyStore(request.Database));
        cancellationToken.ThrowIfCancellationRequested();

        var corpus = new PostCorpus(posts);
        if (request.AutoWindow)
        {
            var first = ActionTableBuilder.Build(corpus, options.Behaviours[0]);
            options.WindowMs = WindowEstimator.Estimate(first, 0.1) ?? 60_000;
            events?.Report(new Notice(NoticeLevel.Information, Messages.WindowEstimated(Duration.Format(options.WindowMs), BehaviourNames.Name(options.Behaviours[0]))));
        }
        var coarse = 0;
        foreach (var p in posts) if (p.Time.Precision >= TimePrecision.Minute) coarse++;
        if (coarse > 0 && options.WindowMs < 60_000)
            events?.Report(new Notice(NoticeLevel.Warning, Messages.CoarseTimestamps(coarse, Duration.Format(options.WindowMs))));
        posts = [];

        var result = CoordinationDetector.Detect(corpus, options);
        return DetectionFindingsMap.From(result, request.AutoWindow);
    }

    private static DetectionOptions Options(DetectRequest request)
    {
        var options = new DetectionOptions
        {
            WindowMs = request.WindowMs,
            FastWindowMs = request.FastWindowMs ?? -1,
            PoolWindowMs = request.PoolWindowMs,
            MinParticipation = request.MinParticipation,
            Alpha = request.Alpha,
            MinWeight = request.MinWeight,
            Percentile = request.Percentile,
            Seed = request.Seed,
            TimeZone = request.TimeZone ?? TimeZoneInfo.Utc,
            EvidencePerEdge = request.EvidencePerEdge,
        };
        if (request.Behaviours is { } names)
        {
            var behaviours = new List<Behaviour>();
            foreach (var name in names)
            {
                if (name is "all") { behaviours.AddRange(BehaviourNames.All); continue; }
                if (!BehaviourNames.TryParse(name, out var b)) throw new RequestException(Messages.UnknownBehaviour(name, BehaviourNames.AllNames));
                behaviours.Add(b);
            }
            if (behaviours.Count == 0) throw new RequestException(Messages.UnknownBehaviour("", BehaviourNames.AllNames));
            options.Behaviours = behaviours.Distinct().ToList();
        }
        // The front end validates; these guard a request built in code.
        if (!(options.Alpha is > 0 and <= 1)) throw new RequestException($"alpha must be in (0, 1], got {options.Alpha}");
        if (options.WindowMs <= 0 && !request.AutoWindow) throw new RequestException("the window must be positive");
        if (options.MinParticipation < 1 || options.MinWeight < 1 || options.EvidencePerEdge < 0)
            throw new RequestException("min-participation and min-weight must be at least 1, evidence at least 0");
        if (options.Percentile is { } p && !(p is >= 0 and <= 100)) throw new RequestException("percentile must be between 0 and 100");
        return options;
    }

    private static DetectResult Overview(DetectionFindings findings, DetectRequest request, long runId)
    {
        var layers = findings.Layers.Select(l => new LayerOverview(l.Behaviour, l.Actions, l.EdgesTested, l.EdgesKept)).ToList();
        var clusters = findings.Clusters.Select(s => new ClusterOverview(
            s.ClusterId, s.Size, s.Density,
            [.. s.Behaviours.OrderByDescending(b => b.Edges).Select(b => b.Behaviour)],
            s.FirstPost, s.LastPost,
            s.TopObjects.Count > 0 ? s.TopObjects[0].Object : null, s.TopObjects.Count > 0 ? s.TopObjects[0].Members : 0,
            [.. s.Members.Select(m => m.Label)])).ToList();
        return new DetectResult(
            (int)findings.PostsAnalysed, (int)findings.AccountsAnalysed, 0, findings.Settings.WindowMs, request.AutoWindow, findings.Settings.Alpha,
            layers, clusters, findings.Edges.Count, findings.FlaggedAccounts,
            request.OutFolder, request.OutFolder is null ? [] : FindingsExport.Files, runId);
    }
}
