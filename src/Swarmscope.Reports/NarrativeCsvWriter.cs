using System.Globalization;
using System.Text;
using Swarmscope.Core.Csv;
using Swarmscope.Narratives;

namespace Swarmscope.Reports;

/// <summary>
/// The CSV exports of a narratives run (docs/narratives.md): templates, activity, targets, stance, flips, swarms,
/// frames and frame_posts. Every row names its evidence posts by platform id; post text passes through
/// <see cref="CsvWriter.TextCell"/> (quoted, spreadsheet formulas defused).
/// </summary>
public static class NarrativeCsvWriter
{
    public static readonly string[] Files = ["templates.csv", "activity.csv", "targets.csv", "stance.csv", "flips.csv", "swarms.csv", "frames.csv", "frame_posts.csv"];

    public static void WriteAll(NarrativeFindings f, string directory)
    {
        Directory.CreateDirectory(directory);
        Write(directory, "templates.csv", w => Templates(f, w));
        Write(directory, "activity.csv", w => Activity(f, w));
        Write(directory, "targets.csv", w => Targets(f, w));
        Write(directory, "stance.csv", w => Stances(f, w));
        Write(directory, "flips.csv", w => Flips(f, w));
        Write(directory, "swarms.csv", w => Swarms(f, w));
        Write(directory, "frames.csv", w => FrameTimeline(f, w));
        Write(directory, "frame_posts.csv", w => FramePosts(f, w));
    }

    private static void Write(string directory, string name, Action<TextWriter> body)
    {
        // Written beside and renamed: a reader never sees half a file.
        var path = Path.Combine(directory, name);
        var temp = path + ".tmp";
        using (var w = new StreamWriter(temp, false, new UTF8Encoding(false), 1 << 16)) body(w);
        File.Move(temp, path, overwrite: true);
    }

    public static void Templates(NarrativeFindings f, TextWriter w)
    {
        var c = f.Corpus;
        w.WriteLine("template_id,text,posts,accounts,top_accounts,clusters,clustered_share,first_seen,last_seen,platforms,slots,example_post_ids,example_text");
        foreach (var t in f.Templates)
        {
            var slots = string.Join(" | ", t.Slots.Select(s => $"{s.Display}: " + string.Join("; ", s.Variants.Take(8).Select(v => $"{(v.Value.Length == 0 ? "–" : v.Value)} ×{v.Count}")) + (s.DistinctVariants > 8 ? $"; … ({s.DistinctVariants} distinct)" : "")));
            var top = string.Join("; ", t.Posts.GroupBy(p => c.PostAccount[p]).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(5)
                .Select(g => $"{c.AccountLabel(g.Key)}:{g.Count()}"));
            Row(w, Int(t.Id), CsvWriter.TextCell(t.Text), Int(t.Posts.Length), Int(t.Accounts), CsvWriter.TextCell(top), Clusters(t.Clusters), ReportText.Number(t.ClusteredShare),
                Time(t.FirstMs), Time(t.LastMs), string.Join(';', t.Platforms.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key.ToString().ToLowerInvariant()}:{kv.Value}")),
                CsvWriter.TextCell(slots), CsvWriter.TextCell(string.Join(' ', t.Examples.Select(p => c.PostIds[p]))), CsvWriter.TextCell(c.Text[t.Representative]));
        }
    }

    public static void Activity(NarrativeFindings f, TextWriter w)
    {
        w.WriteLine("subject,subject_id,label,state,start,end,days,posts,posts_per_day,reactivation");
        foreach (var a in f.Activity)
            Row(w, a.Subject.ToString().ToLowerInvariant(), Int(a.SubjectId), CsvWriter.TextCell(a.SubjectLabel), a.Active ? "active" : "dormant",
                Day(a.Start), Day(a.End), Int(a.End.DayNumber - a.Start.DayNumber + 1), Int(a.Posts), ReportText.Number(Math.Round(a.PostsPerDay, 3)), a.Reactivation ? "true" : "false");
    }

    public static void Targets(NarrativeFindings f, TextWriter w)
    {
        w.WriteLine("target_index,target,watchlist_id,posts,accounts,praise,neutral,attack");
        foreach (var t in f.Targets.Where(t => t.Posts > 0).OrderByDescending(t => t.Posts))
            Row(w, Int(t.Index), CsvWriter.TextCell(t.Label), CsvWriter.TextCell(t.WatchlistId), Int(t.Posts), Int(t.Accounts), Int(t.Praise), Int(t.Neutral), Int(t.Attack));
    }

    public static void Stances(NarrativeFindings f, TextWriter w)
    {
        w.WriteLine("group,group_id,target,period_start,praise,neutral,attack,net,net_low,net_high,sign");
        foreach (var s in f.Stances)
            Row(w, s.Group.ToString().ToLowerInvariant(), Int(s.GroupId), CsvWriter.TextCell(f.Targets[s.Target].Label), Day(s.PeriodStart),
                Int(s.Praise), Int(s.Neutral), Int(s.Attack), Net(s.Net), Net(s.NetLow), Net(s.NetHigh), Int(s.Sign));
    }

    public static void Flips(NarrativeFindings f, TextWriter w)
    {
        var c = f.Corpus;
        w.WriteLine("group,group_id,target,before_period,before_praise,before_attack,before_net,before_net_low,before_net_high,after_period,after_praise,after_attack,after_net,after_net_low,after_net_high,before_post_ids,after_post_ids,before_example,after_example");
        foreach (var x in f.Flips)
            Row(w, x.Group.ToString().ToLowerInvariant(), Int(x.GroupId), CsvWriter.TextCell(f.Targets[x.Target].Label),
                Day(x.Before.PeriodStart), Int(x.Before.Praise), Int(x.Before.Attack), Net(x.Before.Net), Net(x.Before.NetLow), Net(x.Before.NetHigh),
                Day(x.After.PeriodStart), Int(x.After.Praise), Int(x.After.Attack), Net(x.After.Net), Net(x.After.NetLow), Net(x.After.NetHigh),
                CsvWriter.TextCell(string.Join(' ', x.BeforePosts.Select(p => c.PostIds[p]))), CsvWriter.TextCell(string.Join(' ', x.AfterPosts.Select(p => c.PostIds[p]))),
                CsvWriter.TextCell(x.BeforePosts.Length > 0 ? c.Text[x.BeforePosts[0]] : null), CsvWriter.TextCell(x.AfterPosts.Length > 0 ? c.Text[x.AfterPosts[0]] : null));
    }

    public static void Swarms(NarrativeFindings f, TextWriter w)
    {
        var c = f.Corpus;
        w.WriteLine("target,accounts,posts,start,end,duration_s,clustered_share,clusters,p_value,evidence_post_ids,example_text");
        foreach (var s in f.Swarms)
            Row(w, CsvWriter.TextCell(f.Targets[s.Target].Label), Int(s.Accounts), Int(s.Posts), Time(s.StartMs), Time(s.EndMs), Int((int)(s.DurationMs / 1000)),
                ReportText.Number(s.ClusteredShare), Clusters(s.Clusters), ReportText.PValue(s.PValue),
                CsvWriter.TextCell(string.Join(' ', s.Evidence.Select(p => c.PostIds[p]))), CsvWriter.TextCell(c.Text[s.Evidence[0]]));
    }

    /// <summary>Timeline: posts per frame, ISO week, platform and cluster (−1 = not in a cluster).</summary>
    public static void FrameTimeline(NarrativeFindings f, TextWriter w)
    {
        var c = f.Corpus;
        w.WriteLine("frame_id,frame,parent_id,week,platform,cluster,posts,accounts");
        var cells = new Dictionary<(int Frame, DateOnly Week, string Platform, int Cluster), HashSet<int>>();
        var posts = new Dictionary<(int, DateOnly, string, int), int>();
        foreach (var a in f.FrameAssignments)
        {
            var key = (a.Frame, StanceFlipFinder.PeriodStart(c.TimeMs[a.Post], StancePeriod.Week), c.PostPlatform[a.Post].ToString().ToLowerInvariant(), c.ClusterOfPost(a.Post));
            if (!cells.TryGetValue(key, out var accounts)) cells[key] = accounts = [];
            accounts.Add(c.PostAccount[a.Post]);
            posts[key] = posts.GetValueOrDefault(key) + 1;
        }
        foreach (var (key, accounts) in cells.OrderBy(kv => kv.Key.Frame).ThenBy(kv => kv.Key.Week).ThenBy(kv => kv.Key.Platform).ThenBy(kv => kv.Key.Cluster))
        {
            var frame = f.Frames[key.Frame];
            Row(w, CsvWriter.TextCell(frame.Id), CsvWriter.TextCell(frame.Label), CsvWriter.TextCell(frame.Parent?.Id), Day(key.Week), key.Platform, Int(key.Cluster), Int(posts[key]), Int(accounts.Count));
        }
    }

    public static void FramePosts(NarrativeFindings f, TextWriter w)
    {
        var c = f.Corpus;
        w.WriteLine("post_id,account,time,frame_id,score,phrases,text");
        foreach (var a in f.FrameAssignments)
            Row(w, CsvWriter.TextCell(c.PostIds[a.Post]), CsvWriter.TextCell(c.AccountLabel(c.PostAccount[a.Post])), Time(c.TimeMs[a.Post]),
                CsvWriter.TextCell(f.Frames[a.Frame].Id), Int(a.Score), CsvWriter.TextCell(a.Phrases), CsvWriter.TextCell(c.Text[a.Post]));
    }

    private static void Row(TextWriter w, params string[] fields) => w.WriteLine(string.Join(',', fields));
    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);
    private static string Net(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
    private static string Time(long ms) => ReportText.Time(DateTimeOffset.FromUnixTimeMilliseconds(ms));
    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Clusters(IReadOnlyDictionary<int, int> clusters) =>
        string.Join(';', clusters.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(10).Select(kv => $"{kv.Key}:{kv.Value}"));
}
