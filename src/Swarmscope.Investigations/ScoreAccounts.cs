using Swarmscope.Signals;

namespace Swarmscope.Investigations;

/// <summary>
/// Scores accounts: extracts the signals from the store (read-only), scores them unsupervised or with a trained
/// model, assesses detected clusters as farms, and writes the CSVs (each by <see cref="OutputRule"/>).
/// </summary>
public sealed class ScoreAccounts : IUseCase<ScoreRequest, ScoreResult>
{
    public ScoreResult Run(ScoreRequest request, IProgress<InvestigationEvent>? events = null, CancellationToken cancellationToken = default)
    {
        var inputs = new[] { request.ModelFile, request.ClustersFile, request.NearDuplicatesFile, request.BurstsFile }.OfType<string>().ToList();
        OutputRule.RefuseTarget(request.OutFile, "scores file", request.Database, inputs);
        var farmsPath = request.ClustersFile is null ? null
            : request.FarmsFile ?? (request.OutFile is null ? null : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(request.OutFile))!, "farms.csv"));
        OutputRule.RefuseTarget(farmsPath, "farms file", request.Database, request.OutFile is null ? inputs : [.. inputs, request.OutFile]);
        var zone = request.TimeZone ?? TimeZoneInfo.Utc;

        LogisticModel? model = null;
        if (request.ModelFile is { } modelPath)
        {
            if (!File.Exists(modelPath)) throw new InvestigationException(Messages.NoSuchModel(modelPath));
            model = Read(() => LogisticModel.Load(modelPath));
        }
        List<ClusterEvidence>? clusters = null;
        HashSet<string>? coordinated = null;
        if (request.ClustersFile is { } clustersPath)
        {
            if (!File.Exists(clustersPath)) throw new InvestigationException(Messages.NoSuchFile(clustersPath, "clusters file"));
            clusters = Read(() => ClusterEvidenceCsv.Read(clustersPath));
            coordinated = new HashSet<string>(clusters.SelectMany(c => c.Members), StringComparer.OrdinalIgnoreCase);
        }
        if (request.PhotoFolder is { } photos && !Directory.Exists(photos)) throw new InvestigationException(Messages.NoSuchFolder(photos, "profile photos"));
        Dictionary<string, int>? nearDuplicates = null;
        HashSet<string>? burstPosts = null;
        if (request.NearDuplicatesFile is { } nd)
            nearDuplicates = File.Exists(nd) ? Read(() => PostInputCsv.ReadGroups(nd)) : throw new InvestigationException(Messages.NoSuchFile(nd, "near-duplicates file"));
        if (request.BurstsFile is { } b)
            burstPosts = File.Exists(b) ? Read(() => PostInputCsv.ReadPostIds(b)) : throw new InvestigationException(Messages.NoSuchFile(b, "bursts file"));

        var options = new SignalOptions
        {
            TimeZone = zone, CoordinatedAccountIds = coordinated, PhotoFolder = request.PhotoFolder,
            NearDuplicateGroups = nearDuplicates, BurstPostIds = burstPosts,
            OnWarning = text => events?.Report(new Notice(NoticeLevel.Warning, text)),
        };
        SignalTable table;
        using (var store = Stores.OpenForReading(request.Database))
            table = new SignalExtractor(options).Extract(store.ReadAccounts(), store.ReadPosts());
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

        if (request.OutFile is { } outFile) AtomicFile.WriteText(outFile, w => AccountScoreCsv.Write(w, scores, unsupervised));
        List<FarmOverview>? farms = null;
        if (clusters is not null)
        {
            var assessed = FarmLikelihood.Assess(clusters, scores);
            if (farmsPath is not null) AtomicFile.WriteText(farmsPath, w => AccountScoreCsv.WriteFarms(w, assessed));
            farms = [.. assessed.Select(f => new FarmOverview(f.ClusterId, f.Likelihood, f.Members, f.Reasons))];
        }
        var method = model is null
            ? request.Method == ScoringMethod.Robust ? "unsupervised robust z-score" : "unsupervised isolation forest"
            : "supervised model " + request.ModelFile;
        var accounts = scores.Select(s => new ScoredAccount(s.Account.Label, s.Account.Platform.ToString().ToLowerInvariant(), s.Account.AccountId, s.Score, s.ReasonText())).ToList();
        return new ScoreResult(method, zone.Id, accounts, farms, request.OutFile, farms is null ? null : farmsPath);
    }

    /// <summary>Input files of the wrong shape are bad data, named by the reader.</summary>
    private static T Read<T>(Func<T> read)
    {
        try { return read(); }
        catch (InvalidDataException e) { throw new InvestigationException(e.Message, e); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new InvestigationException(e.Message, e); }
    }
}
