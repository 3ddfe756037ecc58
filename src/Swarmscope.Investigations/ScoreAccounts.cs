using Swarmscope.Core.Findings;
using Swarmscope.Signals;

namespace Swarmscope.Investigations;

/// <summary>
/// Scores accounts: extracts the signals from the store (read-only), scores them unsupervised or with a trained
/// model, assesses detected clusters as farms (by default the clusters of the latest stored detection run), records
/// the score run in the store, and writes the CSVs (each by <see cref="OutputRule"/>).
/// </summary>
public sealed class ScoreAccounts : IUseCase<ScoreRequest, ScoreResult>
{
    public ScoreResult Run(ScoreRequest request, IProgress<InvestigationEvent>? events = null, CancellationToken cancellationToken = default)
    {
        var sources = (request.ClustersFile is null ? 0 : 1) + (request.DetectionRunId is null ? 0 : 1) + (request.NoClusters ? 1 : 0);
        if (sources > 1) throw new RequestException(Messages.OneClusterSource);
        var inputs = new[] { request.ModelFile, request.ClustersFile, request.NearDuplicatesFile, request.BurstsFile }.OfType<string>().ToList();
        OutputRule.RefuseTarget(request.OutFile, "scores file", request.Database, inputs);
        var farmsPath = request.NoClusters ? null
            : request.FarmsFile ?? (request.OutFile is null ? null : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(request.OutFile))!, "farms.csv"));
        OutputRule.RefuseTarget(farmsPath, "farms file", request.Database, request.OutFile is null ? inputs : [.. inputs, request.OutFile]);
        var zone = request.TimeZone ?? TimeZoneInfo.Utc;
        var started = DateTimeOffset.UtcNow;

        LogisticModel? model = null;
        if (request.ModelFile is { } modelPath)
        {
            if (!File.Exists(modelPath)) throw new InvestigationException(Messages.NoSuchModel(modelPath));
            model = Read(() => LogisticModel.Load(modelPath));
        }
        List<ClusterEvidence>? clusters = null;
        string clusterSource = "none";
        long? detectionRun = null;
        if (request.ClustersFile is { } clustersPath)
        {
            if (!File.Exists(clustersPath)) throw new InvestigationException(Messages.NoSuchFile(clustersPath, "clusters file"));
            clusters = Read(() => ClusterEvidenceCsv.Read(clustersPath));
            clusterSource = "file " + Path.GetFileName(clustersPath);
        }
        if (request.PhotoFolder is { } photos && !Directory.Exists(photos)) throw new InvestigationException(Messages.NoSuchFolder(photos, "profile photos"));
        Dictionary<string, int>? nearDuplicates = null;
        HashSet<string>? burstPosts = null;
        if (request.NearDuplicatesFile is { } nd)
            nearDuplicates = File.Exists(nd) ? Read(() => PostInputCsv.ReadGroups(nd)) : throw new InvestigationException(Messages.NoSuchFile(nd, "near-duplicates file"));
        if (request.BurstsFile is { } b)
            burstPosts = File.Exists(b) ? Read(() => PostInputCsv.ReadPostIds(b)) : throw new InvestigationException(Messages.NoSuchFile(b, "bursts file"));

        SignalTable table;
        long inputPosts;
        using (var store = Stores.OpenForReading(request.Database))
        {
            if (clusters is null && !request.NoClusters)
            {
                // Default: the clusters of the latest stored detection run (or the one asked for).
                var run = Stores.Reading(request.Database, () => StoredRuns.Find(store, request.Database, request.DetectionRunId, RunKind.Detection));
                if (run is null) events?.Report(new Notice(NoticeLevel.Information, Messages.ScoringWithoutClusters(request.Database)));
                else
                {
                    clusters = Stores.Reading(request.Database, () => ScoreFindingsMap.Clusters(store.ReadDetection(run)));
                    detectionRun = run.RunId;
                    clusterSource = $"run {run.RunId}";
                    events?.Report(new Notice(NoticeLevel.Information, Messages.ClustersOfRun(run.RunId, clusters.Count, run.StartedAt)));
                }
            }
            var options = new SignalOptions
            {
                TimeZone = zone, PhotoFolder = request.PhotoFolder, NearDuplicateGroups = nearDuplicates, BurstPostIds = burstPosts,
                CoordinatedAccountIds = clusters is null ? null : new HashSet<string>(clusters.SelectMany(c => c.Members), StringComparer.OrdinalIgnoreCase),
                OnWarning = text => events?.Report(new Notice(NoticeLevel.Warning, text)),
            };
            (table, inputPosts) = Stores.Reading(request.Database, () => (new SignalExtractor(options).Extract(store.ReadAccounts(), store.ReadPosts()), store.CountPosts()));
        }
        if (table.Count == 0) throw new InvestigationException(Messages.NothingToScore(request.Database));
        cancellationToken.ThrowIfCancellationRequested();

        Func<AccountSignals, AccountScore> unsupervisedScore = request.Method switch
        {
            ScoringMethod.Robust => RobustScorer.Fit(table).Score,
            ScoringMethod.IsolationForest => IsolationForestScorer.Fit(table, seed: request.Seed).Score,
            _ => throw new RequestException(Messages.UnknownScoringMethod(request.Method.ToString())),
        };
        var scores = new List<AccountScore>(table.Count);
        Dictionary<AccountSignals, double>? unsupervised = null;
        if (model is null)
            foreach (var a in table.Accounts) scores.Add(unsupervisedScore(a));
        else
        {
            unsupervised = new Dictionary<AccountSignals, double>(ReferenceEqualityComparer.Instance);
            foreach (var a in table.Accounts)
            {
                unsupervised[a] = unsupervisedScore(a).Score;
                scores.Add(model.Score(a));
            }
        }
        scores.Sort((x, y) => y.Score.CompareTo(x.Score));

        var farms = clusters is null ? [] : FarmLikelihood.Assess(clusters, scores);
        var runId = Record(request, model is not null, clusterSource, detectionRun, started, inputPosts, scores, unsupervised, farms, events);

        if (request.OutFile is { } outFile) AtomicFile.WriteText(outFile, w => AccountScoreCsv.Write(w, scores, unsupervised));
        List<FarmOverview>? farmOverviews = null;
        string? farmsWritten = null;
        if (clusters is not null)
        {
            if (farmsPath is not null) AtomicFile.WriteText(farmsWritten = farmsPath, w => AccountScoreCsv.WriteFarms(w, farms));
            farmOverviews = [.. farms.Select(f => new FarmOverview(f.ClusterId, f.Likelihood, f.Members, f.Reasons))];
        }
        var method = model is null
            ? request.Method == ScoringMethod.Robust ? "unsupervised robust z-score" : "unsupervised isolation forest"
            : "supervised model " + request.ModelFile;
        var accounts = scores.Select(s => new ScoredAccount(s.Account.Label, s.Account.Platform.ToString().ToLowerInvariant(), s.Account.AccountId, s.Score, s.ReasonText())).ToList();
        return new ScoreResult(method, zone.Id, accounts, farmOverviews, request.OutFile, farmsWritten, runId, detectionRun);
    }

    /// <summary>Stores the score run with every account's signals and reasons and the farm likelihoods, in one transaction.</summary>
    private static long Record(ScoreRequest request, bool supervised, string clusterSource, long? detectionRun, DateTimeOffset started, long inputPosts,
        IReadOnlyList<AccountScore> scores, IReadOnlyDictionary<AccountSignals, double>? unsupervised, IReadOnlyList<FarmAssessment> farms,
        IProgress<InvestigationEvent>? events)
    {
        // File names only: a run's settings say what was used, never where it lay on the analyst's disk.
        var settings = new Dictionary<string, object?>
        {
            ["method"] = supervised ? "model" : request.Method == ScoringMethod.IsolationForest ? "iforest" : "robust",
            ["seed"] = request.Method == ScoringMethod.IsolationForest ? request.Seed : null,
            ["model"] = Name(request.ModelFile), ["time_zone"] = (request.TimeZone ?? TimeZoneInfo.Utc).Id, ["clusters"] = clusterSource,
            ["photos"] = Name(request.PhotoFolder is null ? null : Path.TrimEndingDirectorySeparator(request.PhotoFolder)),
            ["near_duplicates"] = Name(request.NearDuplicatesFile), ["bursts"] = Name(request.BurstsFile),
        };
        var run = new AnalysisRun
        {
            Kind = RunKind.Score, SettingsJson = FindingsJson.Write(settings), ToolVersion = ToolVersion.Current, StartedAt = started,
            FinishedAt = DateTimeOffset.UtcNow, InputPosts = inputPosts, InputAccounts = scores.Count, SourceRunId = detectionRun,
            SummaryJson = FindingsJson.Write(new Dictionary<string, int> { ["accounts"] = scores.Count, ["farms"] = farms.Count }),
        };
        var findings = ScoreFindingsMap.From(scores, unsupervised, farms);
        events?.Report(new Notice(NoticeLevel.Information, Messages.StoringScores(scores.Count, farms.Count)));
        long runId;
        using (var store = Stores.OpenForWriting(request.Database))
            runId = Stores.Writing(request.Database, () => store.RecordScore(run, findings));
        return runId;
    }

    private static string? Name(string? path) => path is null ? null : Path.GetFileName(path);

    /// <summary>Input files of the wrong shape are bad data, named by the reader.</summary>
    private static T Read<T>(Func<T> read)
    {
        try { return read(); }
        catch (InvalidDataException e) { throw new InvestigationException(e.Message, e); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new InvestigationException(e.Message, e); }
    }
}
