using System.Globalization;

namespace Swarmscope.Reports.Html;

/// <summary>Posts per day (per week or month over long periods) as bars: when a group was active, and bursts.</summary>
public sealed class ActivityTimelineChart(string title, IReadOnlyList<(DateOnly Day, int Posts)> days) : IChart
{
    public string Title { get; } = title;
    public int Width => 600;
    public int Height => 190;

    public void Draw(IChartCanvas c)
    {
        const double left = 48, right = 12, top = 22, bottom = 34;
        c.Text(left, 14, Title, 12, ChartPalette.Ink, bold: true);
        if (days.Count == 0) { c.Text(Width / 2.0, Height / 2.0, "no posts", 12, ChartPalette.Muted, TextAnchor.Middle); return; }
        var first = days[0].Day;
        var last = days[^1].Day;
        var span = last.DayNumber - first.DayNumber + 1;
        var bucketDays = span <= 120 ? 1 : span <= 3 * 365 ? 7 : 30;
        var buckets = new long[(span + bucketDays - 1) / bucketDays];
        foreach (var (day, posts) in days) buckets[(day.DayNumber - first.DayNumber) / bucketDays] += posts;
        var max = Math.Max(1, buckets.Max());
        var plotW = Width - left - right;
        var plotH = Height - top - bottom;
        var barW = plotW / buckets.Length;
        foreach (var frac in new[] { 0.5, 1.0 })
        {
            var gy = top + plotH * (1 - frac);
            c.Line(left, gy, Width - right, gy, ChartPalette.Grid, 1);
            c.Text(left - 4, gy + 4, ((long)Math.Round(max * frac)).ToString("N0", CultureInfo.InvariantCulture), 10, ChartPalette.Muted, TextAnchor.End);
        }
        c.Line(left, top + plotH, Width - right, top + plotH, ChartPalette.Muted, 1);
        for (var i = 0; i < buckets.Length; i++)
        {
            if (buckets[i] == 0) continue;
            var h = plotH * buckets[i] / max;
            var start = first.AddDays(i * bucketDays);
            c.Rect(left + i * barW, top + plotH - h, Math.Max(barW - (barW > 3 ? 1 : 0), 0.6), h, ChartPalette.Bar,
                $"{start:yyyy-MM-dd}{(bucketDays > 1 ? $" (+{bucketDays - 1} days)" : "")}: {buckets[i]:N0} posts");
        }
        c.Text(left, Height - 18, first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 10, ChartPalette.Muted);
        c.Text(Width - right, Height - 18, last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 10, ChartPalette.Muted, TextAnchor.End);
        c.Text(left + plotW / 2, Height - 18, bucketDays == 1 ? "posts per day" : bucketDays == 7 ? "posts per week" : "posts per 30 days", 10, ChartPalette.Muted, TextAnchor.Middle);
    }
}
