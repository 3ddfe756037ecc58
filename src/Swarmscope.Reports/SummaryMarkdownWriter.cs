using System.Globalization;
using Swarmscope.Core;
using Swarmscope.Core.Findings;

namespace Swarmscope.Reports;

/// <summary>summary.md: the run's settings, per-layer counts and the clusters ranked by size with what they shared and when.</summary>
public static class SummaryMarkdownWriter
{
    private static readonly string[] Days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    public static void Write(DetectionFindings findings, TextWriter w, int maxClusters = 50)
    {
        var o = findings.Settings;
        w.WriteLine("# Coordination detection summary");
        w.WriteLine();
        w.WriteLine($"- posts analysed: {findings.PostsAnalysed:N0}, accounts: {findings.AccountsAnalysed:N0}");
        w.WriteLine($"- window: {Duration.Format(o.WindowMs)}" + (o.FastWindowMs >= 0 ? $", fast window: {Duration.Format(o.FastWindowMs)}" : ""));
        w.WriteLine($"- min participation: {o.MinParticipation}, alpha: {o.Alpha.ToString(CultureInfo.InvariantCulture)} (edge FDR used: {ReportText.PValue(findings.EdgeAlpha)}), min weight: {o.MinWeight}" +
            (o.Percentile is { } p ? $", percentile: {p.ToString(CultureInfo.InvariantCulture)}" : "") + $", seed: {o.Seed}, time zone: {o.TimeZone}");
        w.WriteLine($"- flagged accounts: {findings.FlaggedAccounts:N0} in {findings.Clusters.Count:N0} clusters, {findings.Edges.Count:N0} edges");
        w.WriteLine();
        w.WriteLine("| behaviour | actions | edges tested | edges kept |");
        w.WriteLine("|---|---:|---:|---:|");
        foreach (var (b, actions, tested, kept) in findings.Layers)
            w.WriteLine($"| {b} | {actions:N0} | {tested:N0} | {kept:N0} |");
        w.WriteLine();
        foreach (var s in findings.Clusters.Take(maxClusters))
        {
            w.WriteLine($"## Cluster {s.ClusterId}: {s.Size} accounts");
            w.WriteLine();
            w.WriteLine($"- density {s.Density:0.###} ({s.InternalEdges} edges), strongest link q = {ReportText.PValue(s.MinQValue)}");
            w.WriteLine($"- behaviours: {string.Join(", ", s.Behaviours.OrderByDescending(b => b.Edges).Select(b => $"{b.Behaviour} ({b.Edges} edges)"))}");
            w.WriteLine($"- active: {ReportText.Time(s.FirstPost)} – {ReportText.Time(s.LastPost)}, {s.Posts:N0} posts; platforms: {string.Join(", ", s.Platforms.Select(p => $"{ReportText.Name(p.Platform)} {p.Posts}"))}");
            w.WriteLine($"- members: {string.Join(", ", s.Members.Take(20).Select(a => SafeText.Markdown(a.Label, 40)))}{(s.Size > 20 ? $", … ({s.Size - 20} more)" : "")}");
            w.WriteLine($"- posts by local hour ({o.TimeZone}): {string.Join(" ", s.HourOfDay.Select((n, h) => $"{h:00}:{n}"))}");
            w.WriteLine($"- posts by weekday: {string.Join(" ", s.DayOfWeek.Select((n, d) => $"{Days[d]}:{n}"))}");
            if (s.TopObjects.Count > 0)
            {
                w.WriteLine();
                w.WriteLine("| shared object | behaviour | members |");
                w.WriteLine("|---|---|---:|");
                foreach (var (b, obj, n) in s.TopObjects.Take(5)) w.WriteLine($"| {SafeText.Markdown(obj)} | {b} | {n} |");
            }
            if (s.TopTexts.Count > 0)
            {
                w.WriteLine();
                w.WriteLine("| text | members |");
                w.WriteLine("|---|---:|");
                foreach (var (t, n) in s.TopTexts.Take(5)) w.WriteLine($"| {SafeText.Markdown(t)} | {n} |");
            }
            w.WriteLine();
        }
        if (findings.Clusters.Count > maxClusters) w.WriteLine($"({findings.Clusters.Count - maxClusters} smaller clusters in clusters.csv)");
    }
}
