using System.Globalization;
using System.Text.Json;
using Swarmscope.Core;
using Swarmscope.Core.Findings;
using Swarmscope.Reports.Html;
using Swarmscope.Storage;

namespace Swarmscope.Investigations;

/// <summary>
/// Turns a stored detection run (with the score run that assessed its clusters, where there is one) into the
/// <see cref="InvestigationReport"/> the HTML writer formats. All choices of what to show are made here: the ranking of
/// clusters by the weight of their evidence, the budgets that keep a report of a huge run readable and small, and which
/// evidence pairs each card and each account shows (docs/report.md).
/// </summary>
internal static class StoredRunReport
{
    /// <summary>Clusters shown at most (strongest evidence first); the rest are counted.</summary>
    public const int MaxClusters = 300;
    /// <summary>Accounts in the network at most: clusters are taken in rank order while their members fit (the first always).</summary>
    public const int MaxNetworkAccounts = 20_000;
    /// <summary>Links drawn at most (the strongest); the rest are counted.</summary>
    public const int MaxLinks = 100_000;
    /// <summary>A card shows the stored pairs of its strongest links, this many links.</summary>
    public const int CardEvidenceLinks = 6;
    /// <summary>Stored pairs shown per link.</summary>
    public const int PairsPerLink = 2;
    /// <summary>Links whose evidence the report carries at most (cards and account panels together), which bounds its size.</summary>
    public const int MaxEvidenceLinks = 20_000;
    /// <summary>Longer post texts are cut (the export has them whole).</summary>
    public const int MaxTextLength = 1_000;
    /// <summary>Members' activity is read from the store in buckets of this many minutes: every time zone's offset is a multiple of it.</summary>
    public const int ActivityBucketMinutes = 15;

    private const double MaxEvidenceWeight = 300;

    public static InvestigationReport Build(InvestigationStore store, ReportRequest request, AnalysisRun run, out long? scoreRunId, CancellationToken cancellationToken)
    {
        var db = request.Database;
        var findings = store.ReadDetection(run);
        var notes = new List<string>();
        var zone = request.TimeZone ?? (TimeZones.TryFind(findings.Settings.TimeZone, out var runZone) ? runZone : TimeZoneInfo.Utc);

        // Scores: the latest score run that assessed this run's clusters, else the latest score run.
        var runs = store.Runs();
        var scoreRun = runs.LastOrDefault(r => r.Kind == RunKind.Score && r.SourceRunId == run.RunId);
        if (scoreRun is null && runs.LastOrDefault(r => r.Kind == RunKind.Score) is { } anyScore)
        {
            scoreRun = anyScore;
            notes.Add($"Account scores are from score run {anyScore.RunId}, which did not assess this detection run's clusters: farm likelihoods are not shown.");
        }
        if (scoreRun is null)
            notes.Add($"No score run is stored: members are shown without account scores (run 'swarmscope score --db {Path.GetFileName(db)}' to add them).");
        var scores = scoreRun is null ? null : store.ReadScore(scoreRun);
        scoreRunId = scoreRun?.RunId;
        cancellationToken.ThrowIfCancellationRequested();

        // Rank clusters by the weight of their evidence: Σ over internal links of −log10 q.
        var internalEdges = new Dictionary<int, List<CoordinationEdge>>();
        foreach (var e in findings.Edges)
            if (e.A.ClusterId >= 0 && e.A.ClusterId == e.B.ClusterId) ListOf(internalEdges, e.A.ClusterId).Add(e);
        var ranked = findings.Clusters
            .Select(c => (Cluster: c, Edges: internalEdges.GetValueOrDefault(c.ClusterId) ?? [], Weight: EvidenceWeight(internalEdges.GetValueOrDefault(c.ClusterId))))
            .OrderByDescending(x => x.Weight).ThenByDescending(x => x.Cluster.Size).ThenBy(x => x.Cluster.ClusterId)
            .ToList();
        var shown = new List<(CoordinationCluster Cluster, List<CoordinationEdge> Edges, double Weight)>();
        var accountsShown = 0;
        foreach (var x in ranked)
        {
            if (shown.Count >= MaxClusters || shown.Count > 0 && accountsShown + x.Cluster.Size > MaxNetworkAccounts) break;
            shown.Add(x);
            accountsShown += x.Cluster.Size;
        }
        var clustersOmitted = ranked.Count - shown.Count;
        if (clustersOmitted > 0)
            notes.Add($"The report shows the {shown.Count:N0} clusters with the strongest evidence ({accountsShown:N0} accounts) of {ranked.Count:N0}; 'swarmscope export --db {Path.GetFileName(db)} --run {run.RunId}' writes all of them.");

        // Accounts of the network: the members of the shown clusters, in cluster order, strongest member first.
        var pseudonyms = request.Pseudonymize ? Pseudonymizer(store, findings, db) : null;
        var index = new Dictionary<(Platform, string), int>();
        var members = new List<(FindingAccount Account, int Cluster)>();
        for (var rank = 0; rank < shown.Count; rank++)
            foreach (var m in shown[rank].Cluster.Members)
                if (index.TryAdd((m.Platform, m.AccountId), members.Count)) members.Add((m, rank));
        int IndexOf(FindingAccount a) => index.TryGetValue((a.Platform, a.AccountId), out var i) ? i : -1;

        // Links: every stored link touching an account counts for its degree and evidence total; the strongest links
        // between shown accounts are drawn.
        var degree = new int[members.Count];
        var accountEvidenceTotal = new long[members.Count];
        var accountEdges = new List<CoordinationEdge>?[members.Count];
        var links = new List<ReportEdge>();
        var linksOmitted = 0;
        foreach (var e in findings.Edges)
        {
            var a = IndexOf(e.A);
            var b = IndexOf(e.B);
            foreach (var i in new[] { a, b })
            {
                if (i < 0) continue;
                degree[i]++;
                accountEvidenceTotal[i] += e.EvidenceTotal;
                (accountEdges[i] ??= []).Add(e);
            }
            if (a < 0 || b < 0) continue;
            if (links.Count < MaxLinks) links.Add(new ReportEdge(a, b, e.Weight));
            else linksOmitted++;
        }

        // Which links' evidence is shown: each card's strongest links, then each account's strongest, within the budget.
        var evidenceLinks = new HashSet<int>();
        foreach (var x in shown)
            foreach (var e in x.Edges.Take(CardEvidenceLinks)) evidenceLinks.Add(e.EdgeId);
        var perAccount = Math.Clamp((MaxEvidenceLinks - evidenceLinks.Count) / Math.Max(1, members.Count), 1, PairsPerLink);
        for (var i = 0; i < members.Count; i++)
            if (accountEdges[i] is { } own)
                foreach (var e in own.Take(perAccount)) evidenceLinks.Add(e.EdgeId);

        var posts = new List<ReportPost>();
        var postIndex = new Dictionary<(Platform, string), int>();
        var edgeById = findings.Edges.ToDictionary(e => e.EdgeId);
        var pairsByEdge = new Dictionary<int, List<ReportEvidencePair>>();
        foreach (var p in store.ReadReportEvidence(run.RunId, evidenceLinks, PairsPerLink))
        {
            var edge = edgeById[p.EdgeId];
            var pair = new ReportEvidencePair(p.Behaviour, pseudonyms?.Object(p.Behaviour, p.Object) ?? p.Object, p.DtMs / 1000.0,
                PostOf(p.A, edge.A), PostOf(p.B, edge.B));
            ListOf(pairsByEdge, p.EdgeId).Add(pair);
        }
        cancellationToken.ThrowIfCancellationRequested();

        int PostOf(EvidencePost p, FindingAccount author)
        {
            if (postIndex.TryGetValue((author.Platform, p.PostId), out var i)) return i;
            var text = p.Text is null ? null : HtmlText.Shorten(p.Text, MaxTextLength);
            if (text is not null && pseudonyms is not null) text = pseudonyms.Text(text);
            var platform = PlatformName(author.Platform);
            posts.Add(new ReportPost(IndexOf(author), author.Label, p.Time.Utc, p.Kind.ToString().ToLowerInvariant(), text,
                OriginalPostLink.For(platform, p.PostId, p.IdDerived, p.Handle ?? author.Handle, p.Channel), p.Source));
            postIndex[(author.Platform, p.PostId)] = posts.Count - 1;
            return posts.Count - 1;
        }

        // Accounts with scores, reasons and their own evidence (their post first).
        var scoreOf = scores?.Accounts.ToDictionary(s => (s.Platform, s.AccountId)) ?? [];
        var accounts = new List<ReportAccount>(members.Count);
        for (var i = 0; i < members.Count; i++)
        {
            var (m, rank) = members[i];
            var evidence = new List<ReportAccountEvidence>();
            foreach (var e in (accountEdges[i] ?? []).Take(perAccount))
            {
                if (!pairsByEdge.TryGetValue(e.EdgeId, out var pairs)) continue;
                var mine = IndexOf(e.A) == i;
                var other = IndexOf(mine ? e.B : e.A);
                foreach (var p in pairs)
                    evidence.Add(new ReportAccountEvidence(mine ? p : p with { PostA = p.PostB, PostB = p.PostA, DtSeconds = -p.DtSeconds }, other));
            }
            scoreOf.TryGetValue((m.Platform, m.AccountId), out var score);
            accounts.Add(new ReportAccount
            {
                Label = m.Label, Platform = PlatformName(m.Platform), AccountId = m.AccountId, Cluster = rank,
                Score = score?.Score, Reasons = score is null ? [] : score.Reasons.Where(r => r.Contribution > 0).Take(3).Select(r => r.Text).ToList(),
                Evidence = evidence, EvidenceTotal = accountEvidenceTotal[i], Degree = degree[i],
            });
        }

        // Members' activity in the report's zone, from 15-minute buckets.
        var rankOf = new Dictionary<int, int>();
        for (var rank = 0; rank < shown.Count; rank++) rankOf[shown[rank].Cluster.ClusterId] = rank;
        var days = new SortedDictionary<DateOnly, int>?[shown.Count];
        var heat = new int[shown.Count][,];
        long cachedHour = long.MinValue;
        var offset = TimeSpan.Zero;
        foreach (var bucket in store.ReadMemberActivity(run.RunId, ActivityBucketMinutes))
        {
            if (!rankOf.TryGetValue(bucket.ClusterId, out var rank)) continue;
            var hour = Math.DivRem(bucket.StartMs, 3_600_000L, out var rem) - (rem < 0 ? 1 : 0);
            if (hour != cachedHour) { offset = zone.GetUtcOffset(DateTimeOffset.FromUnixTimeMilliseconds(bucket.StartMs).UtcDateTime); cachedHour = hour; }
            var local = DateTimeOffset.FromUnixTimeMilliseconds(bucket.StartMs).ToOffset(offset);
            var day = DateOnly.FromDateTime(local.DateTime);
            var d = days[rank] ??= [];
            d[day] = (d.TryGetValue(day, out var n) ? n : 0) + (int)bucket.Posts;
            (heat[rank] ??= new int[7, 24])[((int)local.DayOfWeek + 6) % 7, local.Hour] += (int)bucket.Posts;
        }
        cancellationToken.ThrowIfCancellationRequested();

        var farms = scores?.Farms.ToDictionary(f => f.ClusterId, StringComparer.Ordinal) ?? [];
        var clusters = new List<ReportCluster>(shown.Count);
        for (var rank = 0; rank < shown.Count; rank++)
        {
            var (c, edges, weight) = shown[rank];
            var evidence = new List<ReportEvidencePair>();
            foreach (var e in edges.Take(CardEvidenceLinks))
                if (pairsByEdge.TryGetValue(e.EdgeId, out var pairs)) evidence.AddRange(pairs);
            farms.TryGetValue(c.ClusterId.ToString(CultureInfo.InvariantCulture), out var farm);
            if (scoreRun is not null && scoreRun.SourceRunId != run.RunId) farm = null;
            clusters.Add(new ReportCluster
            {
                Id = c.ClusterId.ToString(CultureInfo.InvariantCulture),
                Members = c.Members.Select(IndexOf).Where(i => i >= 0).Distinct().ToList(),
                InternalEdges = c.InternalEdges, Density = c.Density, EvidenceStrength = weight, MinQValue = c.MinQValue,
                Indicators = Indicators(edges), FarmLikelihood = farm?.Likelihood, FarmReasons = farm?.Reasons,
                Evidence = evidence, EvidenceTotal = edges.Sum(e => e.EvidenceTotal),
                FirstPost = c.FirstPost, LastPost = c.LastPost, Posts = c.Posts,
                Timeline = days[rank]?.Select(kv => (kv.Key, kv.Value)).ToList() ?? [],
                WeekdayHour = heat[rank] ?? new int[7, 24],
                TopObjects = c.TopObjects.Select(o => (o.Behaviour, pseudonyms?.Object(o.Behaviour, o.Object) ?? o.Object, o.Members)).ToList(),
                Templates = c.TopTexts.Select(t => (pseudonyms?.Text(t.Text) ?? t.Text, t.Members)).ToList(),
                Targets = c.TopObjects.Where(o => o.Behaviour is "comention" or "coreplyaccount")
                    .Select(o => (pseudonyms?.Object(o.Behaviour, o.Object) ?? o.Object, o.Members)).ToList(),
            });
        }

        notes.Add("Stance over time, active and dormant periods, and narrative frames, templates, flips and swarms are not in the store yet: 'swarmscope narratives' writes them as files.");
        var stats = store.Stats();
        return new InvestigationReport
        {
            Title = request.Title ?? $"Coordinated accounts in {Path.GetFileNameWithoutExtension(db)} (detection run {run.RunId})",
            GeneratedAt = DateTimeOffset.UtcNow,
            SoftwareVersion = ToolVersion.Current,
            TimeZone = zone,
            Data = new ReportDataOverview
            {
                Posts = stats.Posts, Accounts = stats.Accounts, FirstPost = stats.FirstPost, LastPost = stats.LastPost,
                Platforms = stats.Platforms.Select(kv => (kv.Key, kv.Value)).ToList(),
                Imports = store.ReadImports().Select(i => new ReportImport(i.Path, i.Format, i.Sha256, i.RecordsImported, i.RecordsRejected, i.FinishedAt)).ToList(),
            },
            Runs = scoreRun is null ? [ReportRunOf(run)] : [ReportRunOf(run), ReportRunOf(scoreRun)],
            Clusters = clusters,
            ClustersOmitted = clustersOmitted,
            Accounts = accounts,
            Posts = posts,
            Edges = links,
            EdgesOmitted = linksOmitted,
            Layers = findings.Layers.Select(l => new ReportLayer(l.Behaviour, l.Actions, l.EdgesTested, l.EdgesKept)).ToList(),
            Significance = new ReportSignificance(findings.Settings.Alpha, findings.EdgeAlpha, findings.Settings.WindowMs / 1000.0, findings.Settings.MinParticipation),
            Pseudonymized = request.Pseudonymize,
            Notes = notes,
        };
    }

    /// <summary>Σ over a cluster's internal links of −log10 q, each capped at 300 (where q-values underflow to 0).</summary>
    internal static double EvidenceWeight(IEnumerable<CoordinationEdge>? edges)
    {
        var sum = 0.0;
        if (edges is null) return sum;
        foreach (var e in edges) sum += e.QValue <= 0 ? MaxEvidenceWeight : Math.Min(MaxEvidenceWeight, -Math.Log10(e.QValue));
        return sum;
    }

    /// <summary>Per behaviour over a cluster's internal links: how many links it holds for, shared objects, expected coincidences, median Δt, strongest q.</summary>
    internal static List<ReportIndicator> Indicators(IReadOnlyList<CoordinationEdge> edges)
    {
        var by = new Dictionary<string, IndicatorSum>(StringComparer.Ordinal);
        foreach (var e in edges)
            foreach (var l in e.Layers)
            {
                if (!by.TryGetValue(l.Behaviour, out var x)) by[l.Behaviour] = x = new IndicatorSum();
                x.Links++;
                x.Objects += l.Objects;
                x.Expected += l.Expected;
                x.Dt.Add(l.MeanDtSeconds);
                x.MinQ = Math.Min(x.MinQ, l.QValue);
            }
        return by.OrderByDescending(kv => kv.Value.Links).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new ReportIndicator(kv.Key, kv.Value.Links, kv.Value.Objects, kv.Value.Expected, Median(kv.Value.Dt), kv.Value.MinQ))
            .ToList();
    }

    private sealed class IndicatorSum
    {
        public int Links;
        public long Objects;
        public double Expected;
        public readonly List<double> Dt = [];
        public double MinQ = 1;
    }

    private static double? Median(List<double> values)
    {
        if (values.Count == 0) return null;
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static Pseudonymizer Pseudonymizer(InvestigationStore store, DetectionFindings findings, string db)
    {
        var key = store.ReadImports().FirstOrDefault()?.Sha256 ?? Path.GetFullPath(db);
        var kept = new List<string>();
        foreach (var c in findings.Clusters)
            foreach (var m in c.Members) { kept.Add(m.AccountId); if (m.Handle is not null) kept.Add(m.Handle); }
        foreach (var e in findings.Edges)
            foreach (var a in new[] { e.A, e.B }) { kept.Add(a.AccountId); if (a.Handle is not null) kept.Add(a.Handle); }
        return new Pseudonymizer(key, kept);
    }

    private static ReportRun ReportRunOf(AnalysisRun run)
    {
        var settings = new List<(string, string)>();
        using (var json = JsonDocument.Parse(run.SettingsJson))
            if (json.RootElement.ValueKind == JsonValueKind.Object)
                foreach (var p in json.RootElement.EnumerateObject())
                    settings.Add((p.Name, p.Value.ValueKind switch
                    {
                        JsonValueKind.Array => string.Join(", ", p.Value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())),
                        JsonValueKind.Null => "—",
                        JsonValueKind.String => p.Value.GetString() ?? "",
                        _ => p.Value.GetRawText(),
                    }));
        var kind = run.Kind == RunKind.Detection ? "coordination (detect)" : run.Kind == RunKind.Score ? "account scores (score)" : run.Kind;
        var source = run.SourceRunId is { } s ? $" (from run {s})" : "";
        return new ReportRun(run.RunId.ToString(CultureInfo.InvariantCulture), kind, run.FinishedAt, settings, StoredRuns.Overview(run).Found + source);
    }

    private static string PlatformName(Platform p) => p.ToString().ToLowerInvariant();

    private static List<T> ListOf<TKey, T>(Dictionary<TKey, List<T>> lists, TKey key) where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
        return list;
    }
}
