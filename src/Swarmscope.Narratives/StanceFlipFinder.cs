using Swarmscope.Core.Statistics;

namespace Swarmscope.Narratives;

/// <summary>
/// Stance of each group toward each target per period (<see cref="GroupStance"/>) and the flips between consecutive
/// decided periods (<see cref="StanceFlip"/>). Groups are detected clusters and the accounts of each template
/// (templates used by at least three accounts): a template's authors that praise a candidate in spring and attack
/// him in autumn are a flip even if detection split them over clusters.
/// </summary>
public static class StanceFlipFinder
{
    public static (List<GroupStance> Stances, List<StanceFlip> Flips) Find(
        NarrativeCorpus corpus, IReadOnlyList<Template> templates, IReadOnlyList<TargetMention> mentions, NarrativeOptions options)
    {
        // Groups of each account: its cluster, and the templates it posted.
        var templatesOfAccount = new Dictionary<int, List<int>>();
        foreach (var t in templates.Take(options.Activity.MaxTemplates))
        {
            if (t.Accounts < 3) continue;
            foreach (var a in t.Posts.Select(p => corpus.PostAccount[p]).Distinct())
            {
                if (!templatesOfAccount.TryGetValue(a, out var list)) templatesOfAccount[a] = list = [];
                list.Add(t.Id);
            }
        }
        var cells = new Dictionary<(GroupKind, int, int, DateOnly), (int Praise, int Neutral, int Attack, List<int> PraisePosts, List<int> AttackPosts)>();
        void Count(GroupKind kind, int group, TargetMention m, DateOnly period)
        {
            var key = (kind, group, m.Target, period);
            var cell = cells.TryGetValue(key, out var c) ? c : (Praise: 0, Neutral: 0, Attack: 0, PraisePosts: new List<int>(), AttackPosts: new List<int>());
            if (m.Stance == Narratives.Stance.Praise) { cell.Praise++; if (cell.PraisePosts.Count < options.EvidencePosts) cell.PraisePosts.Add(m.Post); }
            else if (m.Stance == Narratives.Stance.Attack) { cell.Attack++; if (cell.AttackPosts.Count < options.EvidencePosts) cell.AttackPosts.Add(m.Post); }
            else cell.Neutral++;
            cells[key] = cell;
        }
        foreach (var m in mentions)
        {
            var period = PeriodStart(corpus.TimeMs[m.Post], options.Period);
            var account = corpus.PostAccount[m.Post];
            var cluster = corpus.AccountCluster[account];
            if (cluster >= 0) Count(GroupKind.Cluster, cluster, m, period);
            if (templatesOfAccount.TryGetValue(account, out var ts)) foreach (var t in ts) Count(GroupKind.Template, t, m, period);
        }

        var stances = cells.Select(kv => GroupStanceOf(kv.Key.Item1, kv.Key.Item2, kv.Key.Item3, kv.Key.Item4, kv.Value.Praise, kv.Value.Neutral, kv.Value.Attack))
            .OrderBy(s => s.Group).ThenBy(s => s.GroupId).ThenBy(s => s.Target).ThenBy(s => s.PeriodStart).ToList();
        var flips = new List<StanceFlip>();
        foreach (var series in stances.GroupBy(s => (s.Group, s.GroupId, s.Target)))
        {
            GroupStance? previous = null;
            foreach (var s in series)
            {
                if (s.Praise + s.Attack < options.MinStancePosts || s.Sign == 0) continue;
                if (previous is not null && previous.Sign != s.Sign)
                {
                    var before = cells[(previous.Group, previous.GroupId, previous.Target, previous.PeriodStart)];
                    var after = cells[(s.Group, s.GroupId, s.Target, s.PeriodStart)];
                    flips.Add(new StanceFlip(s.Group, s.GroupId, s.Target, previous, s,
                        [.. previous.Sign > 0 ? before.PraisePosts : before.AttackPosts], [.. s.Sign > 0 ? after.PraisePosts : after.AttackPosts]));
                }
                previous = s;
            }
        }
        return (stances, flips);
    }

    /// <summary>Net stance with a 95% Wilson interval on the praise share among praising and attacking posts.</summary>
    public static GroupStance GroupStanceOf(GroupKind kind, int group, int target, DateOnly period, int praise, int neutral, int attack)
    {
        var n = praise + attack;
        if (n == 0) return new GroupStance(kind, group, target, period, praise, neutral, attack, 0, -1, 1);
        var p = (double)praise / n;
        var (low, high) = WilsonInterval.Of(praise, n);
        return new GroupStance(kind, group, target, period, praise, neutral, attack, 2 * p - 1, 2 * low - 1, 2 * high - 1);
    }

    public static DateOnly PeriodStart(long timeMs, StancePeriod period)
    {
        var day = DateOnly.FromDateTime(DateTime.UnixEpoch.AddMilliseconds(timeMs));
        return period == StancePeriod.Month ? new DateOnly(day.Year, day.Month, 1) : day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }
}
