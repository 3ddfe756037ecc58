using System.Globalization;
using Swarmscope.Core;
using Swarmscope.Detection;

namespace Swarmscope.Reports;

/// <summary>summary.md: the run's settings, per-layer counts and the clusters ranked by size with what they shared and when.</summary>
public static class SummaryMarkdownWriter
{
    private static readonly string[] Days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    public static void Write(DetectionResult result, TextWriter w, int maxClusters = 50)
    {
        var o = result.Options;
        var c = result.Corpus;
        w.WriteLine("# Coordination detection summary");
        w.WriteLine();
        w.WriteLine($"- posts analysed: {c.Posts.Length:N0}, accounts: {c.AccountCount:N0}");
        w.WriteLine($"- window: {Duration.Format(o.WindowMs)}" + (o.FastWindowMs >= 0 ? $", fast window: {Duration.Format(o.FastWindowMs)}" : ""));
        w.WriteLine($"- min participation: {o.MinParticipation}, alpha: {o.Alpha.ToString(CultureInfo.InvariantCulture)} (edge FDR used: {ReportText.PValue(result.EdgeAlpha)}), min weight: {o.MinWeight}" +
            (o.Percentile is { } p ? $", percentile: {p.ToString(CultureInfo.InvariantCulture)}" : "") + $", seed: {o.Seed}, time zone: {o.TimeZone.Id}");
        w.WriteLine($"- flagged accounts: {result.FlaggedAccounts().Count():N0} in {result.Clusters.Count:N0} clusters, {result.Edges.Count:N0} edges");
        w.WriteLine();
        w.WriteLine("| behaviour | actions | edges tested | edges kept |");
        w.WriteLine("|---|---:|---:|---:|");
        foreach (var (b, actions, tested, kept) in result.Layers)
            w.WriteLine($"| {BehaviourNames.Name(b)} | {actions:N0} | {tested:N0} | {kept:N0} |");
        w.WriteLine();
        foreach (var s in result.Clusters.Take(maxClusters))
        {
            w.WriteLine($"## Cluster {s.Id}: {s.Size} accounts");
            w.WriteLine();
            w.WriteLine($"- density {s.Density:0.###} ({s.InternalEdges} edges), strongest link q = {ReportText.PValue(s.MinQValue)}");
            w.WriteLine($"- behaviours: {string.Join(", ", s.Behaviours.OrderByDescending(kv => kv.Value).Select(kv => $"{BehaviourNames.Name(kv.Key)} ({kv.Value} edges)"))}");
            w.WriteLine($"- active: {ReportText.Time(s.FirstPost)} – {ReportText.Time(s.LastPost)}, {s.Posts:N0} posts; platforms: {string.Join(", ", s.Platforms.Select(kv => $"{kv.Key.ToString().ToLowerInvariant()} {kv.Value}"))}");
            w.WriteLine($"- members: {string.Join(", ", s.Members.Take(20).Select(a => SafeText.Markdown(c.AccountLabel(a), 40)))}{(s.Size > 20 ? $", … ({s.Size - 20} more)" : "")}");
            w.WriteLine($"- posts by local hour ({o.TimeZone.Id}): {string.Join(" ", s.HourOfDay.Select((n, h) => $"{h:00}:{n}"))}");
            w.WriteLine($"- posts by weekday: {string.Join(" ", s.DayOfWeek.Select((n, d) => $"{Days[d]}:{n}"))}");
            if (s.TopObjects.Count > 0)
            {
                w.WriteLine();
                w.WriteLine("| shared object | behaviour | members |");
                w.WriteLine("|---|---|---:|");
                foreach (var (b, obj, n) in s.TopObjects.Take(5)) w.WriteLine($"| {SafeText.Markdown(obj)} | {BehaviourNames.Name(b)} | {n} |");
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
        if (result.Clusters.Count > maxClusters) w.WriteLine($"({result.Clusters.Count - maxClusters} smaller clusters in clusters.csv)");
    }
}
