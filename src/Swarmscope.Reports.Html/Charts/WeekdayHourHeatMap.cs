using System.Globalization;

namespace Swarmscope.Reports.Html;

/// <summary>Posts per weekday × local hour: office hours, night shifts and days off show as blocks.</summary>
public sealed class WeekdayHourHeatMap(string title, int[,] counts) : IChart
{
    private static readonly string[] Days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    public string Title { get; } = title;
    public int Width => 490;
    public int Height => 192;

    public void Draw(IChartCanvas c)
    {
        const double left = 38, top = 24, cell = 18, gap = 1;
        c.Text(left, 14, Title, 12, ChartPalette.Ink, bold: true);
        var max = 0;
        foreach (var v in counts) max = Math.Max(max, v);
        for (var d = 0; d < 7; d++)
        {
            c.Text(left - 6, top + d * cell + 13, Days[d], 10, ChartPalette.Muted, TextAnchor.End);
            for (var h = 0; h < 24; h++)
            {
                var v = counts[d, h];
                c.Rect(left + h * cell, top + d * cell, cell - gap, cell - gap, ChartPalette.Heat(max == 0 ? 0 : (double)v / max),
                    $"{Days[d]} {h:00}:00–{h:00}:59: {v.ToString("N0", CultureInfo.InvariantCulture)} posts");
            }
        }
        for (var h = 0; h < 24; h += 3)
            c.Text(left + h * cell + cell / 2, top + 7 * cell + 13, h.ToString("00", CultureInfo.InvariantCulture), 10, ChartPalette.Muted, TextAnchor.Middle);
        c.Text(left + 12 * cell, top + 7 * cell + 28, "local hour of day", 10, ChartPalette.Muted, TextAnchor.Middle);
    }
}
