using Swarmscope.Core;
using Swarmscope.Core.Findings;
using Swarmscope.Narratives;

namespace Swarmscope.Investigations;

/// <summary>
/// Turns a <see cref="NarrativeAnalysis"/> (posts by corpus index) into the <see cref="NarrativeFindings"/> the store
/// keeps (posts by platform and id), choosing the evidence of each item: a template's members and examples, the first
/// posts of an activity period, each side of a flip, a swarm's posts, the praising and attacking posts of each target.
/// </summary>
internal static class NarrativeFindingsMap
{
    /// <summary>Posts kept as evidence of an activity period (its first ones).</summary>
    public const int PeriodEvidence = 10;

    public static NarrativeFindings From(NarrativeAnalysis analysis, NarrativeSettings settings)
    {
        var c = analysis.Corpus;
        return new NarrativeFindings
        {
            Settings = settings,
            Templates = analysis.Templates.Select(t => Template(c, t)).ToList(),
            Activity = Activity(analysis),
            Targets = analysis.Targets.Where(t => t.Posts > 0).OrderByDescending(t => t.Posts).ThenBy(t => t.Index)
                .Select(t => new TargetFinding(t.Index, t.Label, t.WatchlistId, t.Posts, t.Accounts, t.Praise, t.Neutral, t.Attack)).ToList(),
            StancePosts = analysis.Mentions.Where(m => m.Stance != Stance.Neutral)
                .Select(m => new TargetStancePost(Ref(c, m.Post), m.Target, How(m.Kind), (int)m.Stance, m.Score, m.Phrases)).ToList(),
            Stances = analysis.Stances.Select(GroupStanceOf).ToList(),
            Flips = analysis.Flips.Select((f, i) => new StanceFlipFinding(i + 1, GroupStanceOf(f.Before), GroupStanceOf(f.After),
                f.BeforePosts.Select(p => Ref(c, p)).ToList(), f.AfterPosts.Select(p => Ref(c, p)).ToList())).ToList(),
            Swarms = analysis.Swarms.Select((s, i) => new AttackSwarmFinding
            {
                SwarmId = i + 1, TargetId = s.Target, Accounts = s.Accounts, Posts = s.Posts, Start = Time(s.StartMs), End = Time(s.EndMs),
                ClusteredShare = s.ClusteredShare, Clusters = Counts(s.Clusters), PValue = s.PValue, Evidence = s.Evidence.Select(p => Ref(c, p)).ToList(),
            }).ToList(),
            Frames = analysis.Frames.Select(f => new NarrativeFrame(f.Id, f.Parent?.Id, f.Label)).ToList(),
            FramePosts = analysis.FrameAssignments.Select(a =>
            {
                var account = c.PostAccount[a.Post];
                return new FramePost(Ref(c, a.Post), analysis.Frames[a.Frame].Id, a.Score, a.Phrases, c.AccountIds[account], c.AccountHandles[account],
                    Time(c.TimeMs[a.Post]), c.AccountCluster[account]);
            }).ToList(),
            FrameTimeline = FrameTimeline(analysis),
        };
    }

    private static NarrativeTemplate Template(NarrativeCorpus c, Template t)
    {
        var byAccount = new Dictionary<int, int>();
        foreach (var p in t.Posts) byAccount[c.PostAccount[p]] = byAccount.GetValueOrDefault(c.PostAccount[p]) + 1;
        return new NarrativeTemplate
        {
            TemplateId = t.Id, Text = t.Text, PostCount = t.Posts.Length, Accounts = t.Accounts, ClusteredShare = t.ClusteredShare,
            FirstSeen = Time(t.FirstMs), LastSeen = Time(t.LastMs), Representative = Ref(c, t.Representative),
            Slots = t.Slots.Select(s => new TemplateSlotFinding(s.Index, s.Display, s.DistinctVariants, s.Variants.Select(v => new SlotVariant(v.Value, v.Count)).ToList())).ToList(),
            TopAccounts = byAccount.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(5)
                .Select(kv => new TemplateAuthor(c.AccountPlatforms[kv.Key], c.AccountIds[kv.Key], c.AccountHandles[kv.Key], kv.Value)).ToList(),
            Clusters = Counts(t.Clusters),
            Platforms = t.Platforms.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => new PlatformCount(kv.Key, kv.Value)).ToList(),
            Examples = t.Examples.Select(p => Ref(c, p)).ToList(),
            Posts = t.Posts.Select(p => Ref(c, p)).ToList(),
        };
    }

    private static List<ActivityPeriodFinding> Activity(NarrativeAnalysis analysis)
    {
        var c = analysis.Corpus;
        // Each subject's posts in time order, to pick a period's first posts.
        var clusters = analysis.Activity.Where(a => a.Subject == ActivitySubject.Cluster).Select(a => a.SubjectId).ToHashSet();
        var postsOfCluster = new Dictionary<int, List<int>>();
        for (var p = 0; p < c.Count; p++)
        {
            var cluster = c.ClusterOfPost(p);
            if (cluster < 0 || !clusters.Contains(cluster)) continue;
            if (!postsOfCluster.TryGetValue(cluster, out var list)) postsOfCluster[cluster] = list = [];
            list.Add(p);
        }
        foreach (var list in postsOfCluster.Values) list.Sort((a, b) => c.TimeMs[a] != c.TimeMs[b] ? c.TimeMs[a].CompareTo(c.TimeMs[b]) : a.CompareTo(b));
        var postsOfTemplate = analysis.Templates.ToDictionary(t => t.Id, t => (IReadOnlyList<int>)t.Posts);

        var periods = new List<ActivityPeriodFinding>(analysis.Activity.Count);
        foreach (var a in analysis.Activity)
        {
            IReadOnlyList<int> posts = a.Subject == ActivitySubject.Cluster
                ? postsOfCluster.GetValueOrDefault(a.SubjectId) ?? []
                : postsOfTemplate.GetValueOrDefault(a.SubjectId) ?? [];
            periods.Add(new ActivityPeriodFinding
            {
                Subject = a.Subject == ActivitySubject.Cluster ? NarrativeSubjects.Cluster : NarrativeSubjects.Template,
                SubjectId = a.SubjectId, Label = a.SubjectLabel, Active = a.Active, Start = a.Start, End = a.End, Posts = a.Posts,
                PostsPerDay = a.PostsPerDay, Reactivation = a.Reactivation, Evidence = FirstPosts(c, posts, a.Start, a.End),
            });
        }
        return periods;
    }

    /// <summary>The first posts (time order) of <paramref name="posts"/> on the UTC days <paramref name="from"/>..<paramref name="to"/>.</summary>
    private static List<PostReference> FirstPosts(NarrativeCorpus c, IReadOnlyList<int> posts, DateOnly from, DateOnly to)
    {
        var startMs = (long)(from.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber) * 86_400_000;
        var endMs = startMs + (long)(to.DayNumber - from.DayNumber + 1) * 86_400_000;
        int lo = 0, hi = posts.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (c.TimeMs[posts[mid]] < startMs) lo = mid + 1; else hi = mid;
        }
        var found = new List<PostReference>();
        for (var i = lo; i < posts.Count && found.Count < PeriodEvidence && c.TimeMs[posts[i]] < endMs; i++) found.Add(Ref(c, posts[i]));
        return found;
    }

    private static List<FrameTimelineCell> FrameTimeline(NarrativeAnalysis analysis)
    {
        var c = analysis.Corpus;
        var cells = new Dictionary<(int Frame, DateOnly Week, Platform Platform, int Cluster), (int Posts, HashSet<int> Accounts)>();
        foreach (var a in analysis.FrameAssignments)
        {
            var key = (a.Frame, StanceFlipFinder.PeriodStart(c.TimeMs[a.Post], StancePeriod.Week), c.PostPlatform[a.Post], c.ClusterOfPost(a.Post));
            if (!cells.TryGetValue(key, out var cell)) cell = (0, []);
            cell.Accounts.Add(c.PostAccount[a.Post]);
            cells[key] = (cell.Posts + 1, cell.Accounts);
        }
        return cells.OrderBy(kv => kv.Key.Frame).ThenBy(kv => kv.Key.Week).ThenBy(kv => kv.Key.Platform.ToString(), StringComparer.Ordinal).ThenBy(kv => kv.Key.Cluster)
            .Select(kv => new FrameTimelineCell(analysis.Frames[kv.Key.Frame].Id, kv.Key.Week, kv.Key.Platform, kv.Key.Cluster, kv.Value.Posts, kv.Value.Accounts.Count))
            .ToList();
    }

    private static GroupStanceFinding GroupStanceOf(GroupStance s) => new(
        s.Group == GroupKind.Cluster ? NarrativeSubjects.Cluster : NarrativeSubjects.Template, s.GroupId, s.Target, s.PeriodStart,
        s.Praise, s.Neutral, s.Attack, s.Net, s.NetLow, s.NetHigh);

    private static string How(TargetKind kind)
    {
        var parts = new List<string>(3);
        if (kind.HasFlag(TargetKind.Reply)) parts.Add("reply");
        if (kind.HasFlag(TargetKind.Mention)) parts.Add("mention");
        if (kind.HasFlag(TargetKind.Name)) parts.Add("name");
        return string.Join('+', parts);
    }

    private static List<ClusterCount> Counts(IReadOnlyDictionary<int, int> counts) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => new ClusterCount(kv.Key, kv.Value)).ToList();

    private static PostReference Ref(NarrativeCorpus c, int post) => new(c.PostPlatform[post], c.PostIds[post]);

    private static DateTimeOffset Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
