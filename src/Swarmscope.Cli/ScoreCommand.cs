using Spectre.Console;
using Swarmscope.Core.Findings;
using Swarmscope.Signals;
using Swarmscope.Storage;

namespace Swarmscope.Cli;

public sealed class ScoreCommand : ICommand
{
    public string Name => "score";
    public string Summary => "score accounts for signs of inauthenticity, with reasons";
    public string Usage => """
        usage: swarmscope score --db FILE --out accounts.csv [--timezone Asia/Almaty] [--method robust|iforest] [--seed N] [--model FILE]
                                [--run ID | --clusters clusters.csv | --no-clusters] [--farms-out farms.csv] [--photos DIR]
                                [--near-duplicates FILE] [--bursts FILE] [--top 10]
          clusters: by default those of the latest detection run stored in the investigation ('swarmscope runs');
          --run ID picks another detection run, --clusters FILE reads clusters found elsewhere, --no-clusters uses none.
          The score run is stored in the investigation with every account's signals and reasons.
        """;
    public IReadOnlyCollection<string> Flags => ["no-clusters"];

    public Task<int> RunAsync(CommandArgs args)
    {
        var db = args.Require("db");
        var outPath = args.Require("out");
        var zone = ParseZone(args.Get("timezone"));
        var top = args.GetInt("top", 10);
        if (!File.Exists(db)) throw new UserFacingException($"{db}: no such investigation file (create one with 'swarmscope import')");

        LogisticModel? model = null;
        if (args.Get("model") is { } modelPath)
        {
            if (!File.Exists(modelPath)) throw new UserFacingException($"{modelPath}: no such model file (train one with 'swarmscope train')");
            try { model = LogisticModel.Load(modelPath); }
            catch (InvalidDataException e) { throw new UserFacingException(e.Message); }
        }

        var started = DateTimeOffset.UtcNow;
        List<ClusterEvidence>? clusters = null;
        HashSet<string>? coordinated = null;
        long? sourceRun = null;
        string clusterSource;
        if (new[] { args.Has("clusters"), args.Has("run"), args.Flag("no-clusters") }.Count(b => b) > 1)
            throw new UsageException("give at most one of --run, --clusters and --no-clusters");
        if (args.Get("clusters") is { } clustersPath)
        {
            if (!File.Exists(clustersPath)) throw new UserFacingException($"{clustersPath}: no such clusters file");
            try { clusters = ClusterEvidenceCsv.Read(clustersPath); }
            catch (InvalidDataException e) { throw new UserFacingException(e.Message); }
            clusterSource = "file " + Path.GetFileName(clustersPath);
        }
        else if (args.Flag("no-clusters")) clusterSource = "none";
        else
        {
            var runId = args.Has("run") ? ExportCommand.ParseRunId(args.Get("run")) : (long?)null;
            using var store = InvestigationStore.Open(db);
            if (runId is null && store.LatestRun(RunKind.Detection) is null)
            {
                clusterSource = "none (no detection run stored)";
                AnsiConsole.MarkupLine($"[grey]no detection run stored in {Markup.Escape(db)}: scoring without clusters (run 'swarmscope detect' first for farm likelihoods)[/]");
            }
            else
            {
                var run = StoredRuns.Detection(store, db, runId);
                clusters = ScoreFindingsMap.Clusters(store.ReadDetection(run));
                sourceRun = run.RunId;
                clusterSource = $"run {run.RunId}";
                AnsiConsole.MarkupLine($"clusters of detection run [bold]{run.RunId}[/] ({clusters.Count:N0} clusters, {run.StartedAt:yyyy-MM-dd HH:mm} UTC)");
            }
        }
        if (clusters is not null) coordinated = new HashSet<string>(clusters.SelectMany(c => c.Members), StringComparer.OrdinalIgnoreCase);

        var photos = args.Get("photos");
        if (photos is not null && !Directory.Exists(photos)) throw new UserFacingException($"{photos}: no such folder of profile photos");
        Dictionary<string, int>? nearDuplicates = null;
        HashSet<string>? burstPosts = null;
        try
        {
            if (args.Get("near-duplicates") is { } nd)
                nearDuplicates = File.Exists(nd) ? PostInputCsv.ReadGroups(nd) : throw new UserFacingException($"{nd}: no such near-duplicates file");
            if (args.Get("bursts") is { } b)
                burstPosts = File.Exists(b) ? PostInputCsv.ReadPostIds(b) : throw new UserFacingException($"{b}: no such bursts file");
        }
        catch (InvalidDataException e) { throw new UserFacingException(e.Message); }
        var options = new SignalOptions
        {
            TimeZone = zone, CoordinatedAccountIds = coordinated, PhotoFolder = photos,
            NearDuplicateGroups = nearDuplicates, BurstPostIds = burstPosts,
        };
        SignalTable table;
        long inputPosts;
        using (var store = InvestigationStore.Open(db))
        {
            table = new SignalExtractor(options).Extract(store.ReadAccounts(), store.ReadPosts());
            inputPosts = store.Stats().Posts;
        }
        if (table.Count == 0) throw new UserFacingException($"{db}: the investigation holds no accounts or posts to score");

        var method = args.Get("method") ?? "robust";
        Func<AccountSignals, AccountScore> unsupervisedScore = method switch
        {
            "robust" => RobustScorer.Fit(table).Score,
            "iforest" => IsolationForestScorer.Fit(table, seed: args.GetInt("seed", 20221)).Score,
            _ => throw new UsageException($"--method must be 'robust' (robust z-scores) or 'iforest' (isolation forest), got '{method}'"),
        };
        List<AccountScore> scores;
        Dictionary<AccountSignals, double>? unsupervised = null;
        if (model is null)
        {
            scores = new List<AccountScore>(table.Count);
            foreach (var a in table.Accounts) scores.Add(unsupervisedScore(a));
            scores.Sort((x, y) => y.Score.CompareTo(x.Score));
        }
        else
        {
            unsupervised = new Dictionary<AccountSignals, double>(ReferenceEqualityComparer.Instance);
            scores = new List<AccountScore>(table.Count);
            foreach (var a in table.Accounts)
            {
                unsupervised[a] = unsupervisedScore(a).Score;
                scores.Add(model.Score(a));
            }
            scores.Sort((x, y) => y.Score.CompareTo(x.Score));
        }

        WriteAtomically(outPath, w => AccountScoreCsv.Write(w, scores, unsupervised));
        AnsiConsole.MarkupLine($"Scored [bold]{table.Count:N0}[/] accounts ({(model is null ? (method == "robust" ? "unsupervised robust z-score" : "unsupervised isolation forest") : "supervised model " + Markup.Escape(args.Get("model")!))}; time zone {Markup.Escape(zone.Id)}) → {Markup.Escape(outPath)}");
        var grid = new Table().AddColumns("#", "account", "score", "top reasons");
        for (var i = 0; i < Math.Min(top, scores.Count); i++)
            grid.AddRow((i + 1).ToString(), Markup.Escape(scores[i].Account.Label), scores[i].Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(scores[i].ReasonText()));
        AnsiConsole.Write(grid);

        var farms = clusters is null ? [] : FarmLikelihood.Assess(clusters, scores);
        using (var store = InvestigationStore.Open(db))
        {
            var settings = new Dictionary<string, object?>
            {
                ["method"] = model is null ? method : "model", ["seed"] = method == "iforest" ? args.GetInt("seed", 20221) : null,
                ["model"] = args.Get("model") is { } m ? Path.GetFileName(m) : null, ["time_zone"] = zone.Id, ["clusters"] = clusterSource,
                ["photos"] = photos is null ? null : Path.GetFileName(Path.TrimEndingDirectorySeparator(photos)),
                ["near_duplicates"] = args.Get("near-duplicates") is { } n ? Path.GetFileName(n) : null,
                ["bursts"] = args.Get("bursts") is { } bf ? Path.GetFileName(bf) : null,
            };
            var run = new AnalysisRun
            {
                Kind = RunKind.Score, SettingsJson = FindingsJson.Write(settings), ToolVersion = ToolVersion.Current, StartedAt = started,
                FinishedAt = DateTimeOffset.UtcNow, InputPosts = inputPosts, InputAccounts = table.Count, SourceRunId = sourceRun,
                SummaryJson = FindingsJson.Write(new Dictionary<string, int> { ["accounts"] = scores.Count, ["farms"] = farms.Count }),
            };
            var runId = store.RecordScore(run, ScoreFindingsMap.From(scores, unsupervised, farms));
            AnsiConsole.MarkupLine($"stored as run [bold]{runId}[/] in {Markup.Escape(db)}");
        }
        if (clusters is not null)
        {
            var farmsPath = args.Get("farms-out") ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outPath))!, "farms.csv");
            WriteAtomically(farmsPath, w => AccountScoreCsv.WriteFarms(w, farms));
            AnsiConsole.MarkupLine($"Farm likelihood of {farms.Count:N0} clusters → {Markup.Escape(farmsPath)}");
            foreach (var f in farms.Take(5))
                AnsiConsole.MarkupLine($"  cluster {Markup.Escape(f.ClusterId)}: {f.Likelihood.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} — {Markup.Escape(f.Reasons)}");
        }
        AnsiConsole.MarkupLine("[grey]Scores are leads for human review, not verdicts. See docs/scoring.md.[/]");
        return Task.FromResult(0);
    }

    internal static TimeZoneInfo ParseZone(string? id)
    {
        if (id is null) return TimeZoneInfo.Utc;
        try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
        catch (TimeZoneNotFoundException) { throw new UsageException($"--timezone: unknown time zone '{id}' (use an IANA name such as Asia/Almaty or UTC)"); }
        catch (InvalidTimeZoneException) { throw new UsageException($"--timezone: time zone '{id}' is invalid on this system"); }
    }

    internal static void WriteAtomically(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir)) throw new UserFacingException($"{path}: folder {dir} does not exist");
        var temp = full + ".tmp";
        using (var w = new StreamWriter(temp, false, new System.Text.UTF8Encoding(false))) write(w);
        File.Move(temp, full, overwrite: true);
    }
}
