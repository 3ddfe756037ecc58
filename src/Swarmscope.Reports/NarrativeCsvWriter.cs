using System.Globalization;
using System.Text;
using Swarmscope.Core;
using Swarmscope.Core.Csv;
using Swarmscope.Core.Findings;

namespace Swarmscope.Reports;

/// <summary>
/// The CSV exports of a stored narratives run (docs/narratives.md): templates, activity, targets, stance, flips,
/// swarms, frames and frame_posts. Every row names its evidence posts by platform id; texts are the original posts
/// joined from the store (<see cref="NarrativeFindings.Texts"/>) and pass through <see cref="CsvWriter.TextCell"/>
/// (quoted, spreadsheet formulas defused).
/// </summary>
public static class NarrativeCsvWriter
{
    public static readonly string[] Files = ["templates.csv", "activity.csv", "targets.csv", "stance.csv", "flips.csv", "swarms.csv", "frames.csv", "frame_posts.csv"];

    public static void WriteAll(NarrativeFindings f, string directory)
    {
        Directory.CreateDirectory(directory);
        var targets = f.Targets.ToDictionary(t => t.TargetId, t => t.Label);
        string Target(int id) => targets.TryGetValue(id, out var label) ? label : $"target {id}";
        Write(directory, "templates.csv", w => Templates(f, w));
        Write(directory, "activity.csv", w => Activity(f, w));
        Write(directory, "targets.csv", w => Targets(f, w));
        Write(directory, "stance.csv", w => Stances(f, Target, w));
        Write(directory, "flips.csv", w => Flips(f, Target, w));
        Write(directory, "swarms.csv", w => Swarms(f, Target, w));
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
        w.WriteLine("template_id,text,posts,accounts,top_accounts,clusters,clustered_share,first_seen,last_seen,platforms,slots,example_post_ids,example_text");
        foreach (var t in f.Templates)
        {
            var slots = string.Join(" | ", t.Slots.Select(s => $"{s.Display}: " + string.Join("; ", s.Variants.Take(8).Select(v => $"{(v.Value.Length == 0 ? "–" : v.Value)} ×{v.Count}")) + (s.DistinctVariants > 8 ? $"; … ({s.DistinctVariants} distinct)" : "")));
            var top = string.Join("; ", t.TopAccounts.Select(a => $"{a.Label}:{a.Posts}"));
            Row(w, Int(t.TemplateId), CsvWriter.TextCell(t.Text), Int(t.PostCount), Int(t.Accounts), CsvWriter.TextCell(top), Clusters(t.Clusters), ReportText.Number(t.ClusteredShare),
                Time(t.FirstSeen), Time(t.LastSeen), string.Join(';', t.Platforms.Select(p => $"{PlatformName(p.Platform)}:{p.Posts}")),
                CsvWriter.TextCell(slots), CsvWriter.TextCell(string.Join(' ', t.Examples.Select(p => p.PostId))), CsvWriter.TextCell(f.TextOf(t.Representative)));
        }
    }

    public static void Activity(NarrativeFindings f, TextWriter w)
    {
        w.WriteLine("subject,subject_id,label,state,start,end,days,posts,posts_per_day,reactivation,evidence_post_ids");
        foreach (var a in f.Activity)
            Row(w, a.Subject, Int(a.SubjectId), CsvWriter.TextCell(a.Label), a.Active ? "active" : "dormant",
                Day(a.Start), Day(a.End), Int(a.Days), Int(a.Posts), ReportText.Number(Math.Round(a.PostsPerDay, 3)), a.Reactivation ? "true" : "false",
                CsvWriter.TextCell(string.Join(' ', a.Evidence.Select(p => p.PostId))));
    }

    public static void Targets(NarrativeFindings f, TextWriter w)
    {
        w.WriteLine("target_index,target,watchlist_id,posts,accounts,praise,neutral,attack");
        foreach (var t in f.Targets)
            Row(w, Int(t.TargetId), CsvWriter.TextCell(t.Label), CsvWriter.TextCell(t.WatchlistId), Int(t.Posts), Int(t.Accounts), Int(t.Praise), Int(t.Neutral), Int(t.Attack));
    }

    public static void Stances(NarrativeFindings f, Func<int, string> target, TextWriter w)
    {
        w.WriteLine("group,group_id,target,period_start,praise,neutral,attack,net,net_low,net_high,sign");
        foreach (var s in f.Stances)
            Row(w, s.Group, Int(s.GroupId), CsvWriter.TextCell(target(s.TargetId)), Day(s.PeriodStart),
                Int(s.Praise), Int(s.Neutral), Int(s.Attack), Net(s.Net), Net(s.NetLow), Net(s.NetHigh), Int(s.Sign));
    }

    public static void Flips(NarrativeFindings f, Func<int, string> target, TextWriter w)
    {
        w.WriteLine("group,group_id,target,before_period,before_praise,before_attack,before_net,before_net_low,before_net_high,after_period,after_praise,after_attack,after_net,after_net_low,after_net_high,before_post_ids,after_post_ids,before_example,after_example");
        foreach (var x in f.Flips)
            Row(w, x.Group, Int(x.GroupId), CsvWriter.TextCell(target(x.TargetId)),
                Day(x.Before.PeriodStart), Int(x.Before.Praise), Int(x.Before.Attack), Net(x.Before.Net), Net(x.Before.NetLow), Net(x.Before.NetHigh),
                Day(x.After.PeriodStart), Int(x.After.Praise), Int(x.After.Attack), Net(x.After.Net), Net(x.After.NetLow), Net(x.After.NetHigh),
                CsvWriter.TextCell(string.Join(' ', x.BeforePosts.Select(p => p.PostId))), CsvWriter.TextCell(string.Join(' ', x.AfterPosts.Select(p => p.PostId))),
                CsvWriter.TextCell(x.BeforePosts.Count > 0 ? f.TextOf(x.BeforePosts[0]) : null), CsvWriter.TextCell(x.AfterPosts.Count > 0 ? f.TextOf(x.AfterPosts[0]) : null));
    }

    public static void Swarms(NarrativeFindings f, Func<int, string> target, TextWriter w)
    {
        w.WriteLine("target,accounts,posts,start,end,duration_s,clustered_share,clusters,p_value,evidence_post_ids,example_text");
        foreach (var s in f.Swarms)
            Row(w, CsvWriter.TextCell(target(s.TargetId)), Int(s.Accounts), Int(s.Posts), Time(s.Start), Time(s.End), Int((int)s.Duration.TotalSeconds),
                ReportText.Number(s.ClusteredShare), Clusters(s.Clusters), ReportText.PValue(s.PValue),
                CsvWriter.TextCell(string.Join(' ', s.Evidence.Select(p => p.PostId))), CsvWriter.TextCell(s.Evidence.Count > 0 ? f.TextOf(s.Evidence[0]) : null));
    }

    /// <summary>Timeline: posts per frame, ISO week, platform and cluster (−1 = not in a cluster).</summary>
    public static void FrameTimeline(NarrativeFindings f, TextWriter w)
    {
        var frames = f.Frames.ToDictionary(x => x.FrameId);
        w.WriteLine("frame_id,frame,parent_id,week,platform,cluster,posts,accounts");
        foreach (var cell in f.FrameTimeline)
        {
            var frame = frames.GetValueOrDefault(cell.FrameId);
            Row(w, CsvWriter.TextCell(cell.FrameId), CsvWriter.TextCell(frame?.Label), CsvWriter.TextCell(frame?.ParentId), Day(cell.Week), PlatformName(cell.Platform),
                Int(cell.ClusterId), Int(cell.Posts), Int(cell.Accounts));
        }
    }

    public static void FramePosts(NarrativeFindings f, TextWriter w)
    {
        w.WriteLine("post_id,account,time,frame_id,score,phrases,text");
        foreach (var a in f.FramePosts)
            Row(w, CsvWriter.TextCell(a.Post.PostId), CsvWriter.TextCell(a.AccountLabel), Time(a.Time), CsvWriter.TextCell(a.FrameId), Int(a.Score),
                CsvWriter.TextCell(a.Phrases), CsvWriter.TextCell(f.TextOf(a.Post)));
    }

    private static void Row(TextWriter w, params string[] fields) => w.WriteLine(string.Join(',', fields));
    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);
    private static string Net(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
    private static string Time(DateTimeOffset t) => ReportText.Time(t);
    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string PlatformName(Platform p) => p.ToString().ToLowerInvariant();
    private static string Clusters(IReadOnlyList<ClusterCount> clusters) => string.Join(';', clusters.Take(10).Select(c => $"{c.ClusterId}:{c.Count}"));
}
