using System.Globalization;

namespace Swarmscope.Reports.Html;

/// <summary>Several series over time as lines with a legend (narrative frames, stance).</summary>
public sealed class TimeSeriesChart(string title, IReadOnlyList<(string Series, IReadOnlyList<(DateOnly Period, double Value)> Points)> series) : IChart
{
    public string Title { get; } = title;
    public int Width => 720;
    public int Height => 240;

    public void Draw(IChartCanvas c)
    {
        const double left = 48, right = 170, top = 22, bottom = 30;
        c.Text(left, 14, Title, 12, ChartPalette.Ink, bold: true);
        var points = series.SelectMany(s => s.Points).ToList();
        if (points.Count == 0) { c.Text(Width / 2.0, Height / 2.0, "no data", 12, ChartPalette.Muted, TextAnchor.Middle); return; }
        var first = points.Min(p => p.Period).DayNumber;
        var last = points.Max(p => p.Period).DayNumber;
        var max = Math.Max(points.Max(p => p.Value), 1e-9);
        var plotW = Width - left - right;
        var plotH = Height - top - bottom;
        double X(DateOnly d) => last == first ? left + plotW / 2 : left + plotW * (d.DayNumber - first) / (double)(last - first);
        double Y(double v) => top + plotH * (1 - v / max);
        c.Line(left, top + plotH, left + plotW, top + plotH, ChartPalette.Muted, 1);
        c.Line(left, Y(max), left + plotW, Y(max), ChartPalette.Grid, 1);
        c.Text(left - 4, Y(max) + 4, max.ToString(max >= 10 ? "N0" : "0.##", CultureInfo.InvariantCulture), 10, ChartPalette.Muted, TextAnchor.End);
        c.Text(left - 4, top + plotH + 4, "0", 10, ChartPalette.Muted, TextAnchor.End);
        for (var s = 0; s < series.Count; s++)
        {
            var colour = ChartPalette.Category(s);
            var pts = series[s].Points.OrderBy(p => p.Period).Select(p => (X(p.Period), Y(p.Value))).ToList();
            if (pts.Count == 1) c.Circle(pts[0].Item1, pts[0].Item2, 3, colour);
            else c.Polyline(pts, colour, 2);
            if (s < 12)
            {
                c.Rect(Width - right + 12, top + s * 16, 10, 10, colour);
                c.Text(Width - right + 26, top + s * 16 + 9, HtmlText.Shorten(series[s].Series, 22), 10, ChartPalette.Ink);
            }
        }
        c.Text(left, Height - 10, DateOnly.FromDayNumber(first).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 10, ChartPalette.Muted);
        c.Text(left + plotW, Height - 10, DateOnly.FromDayNumber(last).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 10, ChartPalette.Muted, TextAnchor.End);
    }
}
