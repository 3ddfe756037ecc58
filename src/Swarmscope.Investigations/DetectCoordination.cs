using System.Diagnostics;
using Swarmscope.Core;
using Swarmscope.Detection;
using Swarmscope.Reports;

namespace Swarmscope.Investigations;

/// <summary>
/// Finds coordinated groups with evidence: reads the store's posts (read-only), optionally estimates the window,
/// runs <see cref="CoordinationDetector"/> and writes the report files.
/// </summary>
public sealed class DetectCoordination : IUseCase<DetectRequest, DetectResult>
{
    public static IReadOnlyList<string> ReportFiles => DetectionReportWriter.Files;

    public DetectResult Run(DetectRequest request, IProgress<InvestigationEvent>? events = null, CancellationToken cancellationToken = default)
    {
        var options = Options(request);
        if (request.OutFolder is { } outFolder) OutputRule.RefuseFolder(outFolder, "output folder", request.Database, []);

        var clock = Stopwatch.StartNew();
        List<Post> posts;
        using (var store = Stores.OpenForReading(request.Database)) posts = store.ReadPosts().ToList();
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

        var result = CoordinationDetector.Detect(corpus, options);
        cancellationToken.ThrowIfCancellationRequested();
        if (request.OutFolder is { } folder) AtomicFolder.Write(folder, temp => DetectionReportWriter.WriteAll(result, temp));
        return Overview(result, request, clock.Elapsed.TotalSeconds);
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

    private static DetectResult Overview(DetectionResult result, DetectRequest request, double seconds)
    {
        var c = result.Corpus;
        var layers = result.Layers.Select(l => new LayerOverview(BehaviourNames.Name(l.Behaviour), l.Actions, l.Tested, l.Kept)).ToList();
        var clusters = result.Clusters.Select(s => new ClusterOverview(
            s.Id, s.Size, s.Density,
            [.. s.Behaviours.OrderByDescending(kv => kv.Value).Select(kv => BehaviourNames.Name(kv.Key))],
            s.FirstPost, s.LastPost,
            s.TopObjects.Count > 0 ? s.TopObjects[0].Object : null, s.TopObjects.Count > 0 ? s.TopObjects[0].Members : 0,
            [.. s.Members.Select(c.AccountLabel)])).ToList();
        return new DetectResult(
            c.Posts.Length, c.AccountCount, seconds, result.Options.WindowMs, request.AutoWindow, result.Options.Alpha,
            layers, clusters, result.Edges.Count, result.FlaggedAccounts().Count(),
            request.OutFolder, request.OutFolder is null ? [] : DetectionReportWriter.Files);
    }
}
