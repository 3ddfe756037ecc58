namespace Swarmscope.Reports.Html;

/// <summary>
/// The charts of one report, each with the file name it gets beside the report: the network picture, every card's
/// timeline and heat map (up to a budget), stance over time, and the narrative series. Names use ranks and section
/// ids the report chose, never text from the data.
/// </summary>
internal sealed class ReportCharts
{
    public IChart? Network { get; }
    public Dictionary<int, (IChart Timeline, IChart HeatMap, IChart? Stance)> Clusters { get; } = [];
    public Dictionary<string, IChart> Sections { get; } = [];

    public ReportCharts(InvestigationReport report, NetworkPicture picture, int maxClusterCharts)
    {
        if (report.Accounts.Count > 0)
        {
            var labels = new List<(int, string)>();
            foreach (var i in Enumerable.Range(0, report.Accounts.Count).OrderByDescending(i => report.Accounts[i].Degree).ThenBy(i => i).Take(25))
                labels.Add((i, report.Accounts[i].Label));
            Network = new NetworkChart($"Coordinated accounts: {report.Accounts.Count:N0} accounts, {report.Edges.Count:N0} links",
                picture.X, picture.Y, picture.Colour, picture.Size, report.Edges, labels);
        }
        var zone = ZoneLabel(report.TimeZone);
        for (var rank = 0; rank < report.Clusters.Count && rank < maxClusterCharts; rank++)
        {
            var c = report.Clusters[rank];
            IChart? stance = null;
            if (c.Stance.Count > 0)
            {
                var series = c.Stance.GroupBy(p => p.Stance).OrderByDescending(g => g.Sum(p => p.Posts))
                    .Select(g => (g.Key, (IReadOnlyList<(DateOnly, double)>)g.Select(p => (p.PeriodStart, (double)p.Posts)).ToList())).ToList();
                stance = new TimeSeriesChart($"Cluster {rank + 1}: stance of posts over time", series);
            }
            Clusters[rank] = (
                new ActivityTimelineChart($"Cluster {rank + 1}: members' posts over time ({zone})", c.Timeline),
                new WeekdayHourHeatMap($"Cluster {rank + 1}: posts by weekday and hour ({zone})", c.WeekdayHour),
                stance);
        }
        foreach (var s in report.Narratives)
            if (s.Series.Count > 0) Sections[s.Id] = new TimeSeriesChart(s.Title, s.Series);
    }

    public static string ZoneLabel(TimeZoneInfo zone) => zone.Id == "UTC" || zone.Id == "Etc/UTC" ? "UTC" : zone.Id;

    /// <summary>Every chart with its file stem, for writing SVG and PNG files.</summary>
    public IEnumerable<(string Stem, IChart Chart)> Files()
    {
        if (Network is not null) yield return ("network", Network);
        foreach (var (rank, charts) in Clusters.OrderBy(kv => kv.Key))
        {
            yield return ($"cluster-{rank + 1}-timeline", charts.Timeline);
            yield return ($"cluster-{rank + 1}-heatmap", charts.HeatMap);
            if (charts.Stance is not null) yield return ($"cluster-{rank + 1}-stance", charts.Stance);
        }
        foreach (var (id, chart) in Sections) yield return (SafeStem(id), chart);
    }

    private static string SafeStem(string id)
    {
        var chars = id.Select(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-' ? char.ToLowerInvariant(ch) : '-').ToArray();
        var s = new string(chars).Trim('-');
        return s.Length == 0 ? "section" : s.Length > 60 ? s[..60] : s;
    }
}
