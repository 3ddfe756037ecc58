namespace Swarmscope.Narratives;

/// <summary>
/// Active and dormant periods of each detected cluster and each large template from its daily post counts (UTC
/// days, from its first to its last post): change points by <see cref="ChangePoints"/>; a segment whose rate is below
/// <see cref="ActivityOptions.DormantShare"/> of the subject's lifetime rate, and at least
/// <see cref="ActivityOptions.MinDormantDays"/> long, is dormant; an active period after a dormant one is a reactivation.
/// </summary>
public static class ActivityAnalyzer
{
    private const long DayMs = 86_400_000;

    public static List<ActivityPeriod> Analyze(NarrativeCorpus corpus, IReadOnlyList<Template> templates, ActivityOptions? options = null)
    {
        options ??= new ActivityOptions();
        var periods = new List<ActivityPeriod>();
        var byCluster = new Dictionary<int, List<long>>();
        for (var p = 0; p < corpus.Count; p++)
        {
            var c = corpus.ClusterOfPost(p);
            if (c < 0) continue;
            if (!byCluster.TryGetValue(c, out var list)) byCluster[c] = list = [];
            list.Add(corpus.TimeMs[p]);
        }
        foreach (var (cluster, times) in byCluster.OrderBy(kv => kv.Key))
            if (times.Count >= options.MinPosts)
                periods.AddRange(Periods(ActivitySubject.Cluster, cluster, $"cluster {cluster}", times, options));
        foreach (var t in templates.Take(options.MaxTemplates))
            if (t.Posts.Length >= options.MinPosts)
                periods.AddRange(Periods(ActivitySubject.Template, t.Id, $"template {t.Id}", t.Posts.Select(p => corpus.TimeMs[p]).ToList(), options));
        return periods;
    }

    /// <summary>The periods of one subject from its post times.</summary>
    public static List<ActivityPeriod> Periods(ActivitySubject subject, int id, string label, IReadOnlyList<long> timesMs, ActivityOptions options)
    {
        var first = long.MaxValue;
        var lastDay = long.MinValue;
        foreach (var t in timesMs) { first = Math.Min(first, FloorDay(t)); lastDay = Math.Max(lastDay, FloorDay(t)); }
        var days = (int)(lastDay - first) + 1;
        var counts = new int[days];
        foreach (var t in timesMs) counts[FloorDay(t) - first]++;
        return Periods(subject, id, label, counts, DateOnly.FromDateTime(DateTime.UnixEpoch.AddDays(first)), options);
    }

    /// <summary>The periods of a daily count series starting on <paramref name="firstDay"/>.</summary>
    public static List<ActivityPeriod> Periods(ActivitySubject subject, int id, string label, int[] counts, DateOnly firstDay, ActivityOptions options)
    {
        var starts = ChangePoints.Segment(counts, options.Penalty);
        long total = 0;
        foreach (var c in counts) total += c;
        var lifetimeRate = (double)total / counts.Length;

        // Segments → (start, end, active), then short dormant stretches become part of the activity around them.
        var segments = new List<(int Start, int End, bool Active)>();
        for (var k = 0; k < starts.Count; k++)
        {
            var s = starts[k];
            var e = k + 1 < starts.Count ? starts[k + 1] : counts.Length;
            long sum = 0;
            for (var d = s; d < e; d++) sum += counts[d];
            var rate = (double)sum / (e - s);
            var dormant = rate < options.DormantShare * lifetimeRate && e - s >= options.MinDormantDays;
            Merge(segments, (s, e, !dormant));
        }
        var periods = new List<ActivityPeriod>(segments.Count);
        var afterDormant = false;
        foreach (var (s, e, active) in segments)
        {
            var posts = 0;
            for (var d = s; d < e; d++) posts += counts[d];
            periods.Add(new ActivityPeriod(subject, id, label, active, firstDay.AddDays(s), firstDay.AddDays(e - 1), posts,
                (double)posts / (e - s), active && afterDormant));
            afterDormant = !active;
        }
        return periods;
    }

    private static void Merge(List<(int Start, int End, bool Active)> segments, (int Start, int End, bool Active) next)
    {
        if (segments.Count > 0 && segments[^1].Active == next.Active)
            segments[^1] = (segments[^1].Start, next.End, next.Active);
        else segments.Add(next);
    }

    private static long FloorDay(long ms) => ms >= 0 ? ms / DayMs : (ms - DayMs + 1) / DayMs;
}
