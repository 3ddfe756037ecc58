using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Swarmscope.Workspace;

namespace Swarmscope.Web.Services;

/// <summary>Server-rendered SVG charts: no script, nothing loaded from elsewhere, every label HTML-encoded.</summary>
public static class SvgChart
{
    private static readonly string[] Palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"];

    /// <summary>Horizontal bars, one per (label, value); each bar carries data-label/data-value for tests and tools.</summary>
    public static IHtmlContent Bars(string id, IReadOnlyList<ChartBar> bars, int width = 520)
    {
        const int rowHeight = 22, labelWidth = 220;
        var max = bars.Count == 0 ? 1 : Math.Max(1, bars.Max(b => b.Value));
        var height = Math.Max(1, bars.Count) * rowHeight + 10;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" data-testid=\"{E(id)}\" width=\"{width}\" height=\"{height}\" font-size=\"12\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = i * rowHeight + 4;
            var w = (width - labelWidth - 40) * value / max;
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 6}\" y=\"{y + 14}\" text-anchor=\"end\">{E(Cut(label))}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y}\" width=\"{w:0.#}\" height=\"{rowHeight - 6}\" fill=\"{Palette[0]}\" data-label=\"{E(label)}\" data-value=\"{value}\"><title>{E(label)}: {value}</title></rect>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + w + 4:0.#}\" y=\"{y + 14}\">{value}</text>");
        }
        if (bars.Count == 0) sb.Append("<text x=\"4\" y=\"14\">no data yet</text>");
        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }

    /// <summary>Vertical columns over an ordered axis (months, scale levels).</summary>
    public static IHtmlContent Columns(string id, IReadOnlyList<ChartBar> columns, int height = 200)
    {
        const int columnWidth = 36, bottom = 30;
        var max = columns.Count == 0 ? 1 : Math.Max(1, columns.Max(c => c.Value));
        var width = Math.Max(1, columns.Count) * columnWidth + 20;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" data-testid=\"{E(id)}\" width=\"{width}\" height=\"{height}\" font-size=\"11\">");
        for (var i = 0; i < columns.Count; i++)
        {
            var (label, value) = columns[i];
            var h = (height - bottom - 20) * value / max;
            var x = 10 + i * columnWidth;
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{height - bottom - h:0.#}\" width=\"{columnWidth - 8}\" height=\"{h:0.#}\" fill=\"{Palette[2]}\" data-label=\"{E(label)}\" data-value=\"{value}\"><title>{E(label)}: {value}</title></rect>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (columnWidth - 8) / 2}\" y=\"{height - bottom - h - 3:0.#}\" text-anchor=\"middle\">{value}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (columnWidth - 8) / 2}\" y=\"{height - bottom + 14}\" text-anchor=\"middle\">{E(Cut(label, 8))}</text>");
        }
        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }

    private static string Cut(string s, int max = 34) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private static string E(string s) => HtmlEncoder.Default.Encode(s);
}
