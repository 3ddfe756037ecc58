using System.Globalization;
using System.Text;

namespace Swarmscope.Reports.Html;

/// <summary>Draws a chart as SVG markup: inline in the report, or a standalone .svg file with <see cref="Document"/>.</summary>
public sealed class SvgChartCanvas : IChartCanvas
{
    private readonly StringBuilder _sb = new();

    public static string Render(IChart chart, string? id = null)
    {
        var canvas = new SvgChartCanvas();
        var sb = canvas._sb;
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\"");
        if (id is not null) sb.Append(" id=\"").Append(HtmlText.Escape(id)).Append('"');
        sb.Append(" viewBox=\"0 0 ").Append(chart.Width).Append(' ').Append(chart.Height)
          .Append("\" width=\"").Append(chart.Width).Append("\" height=\"").Append(chart.Height)
          .Append("\" font-family=\"'Noto Sans', 'DejaVu Sans', Arial, sans-serif\"><title>")
          .Append(HtmlText.Escape(chart.Title)).Append("</title>")
          .Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
        chart.Draw(canvas);
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>A standalone SVG file.</summary>
    public static string Document(IChart chart) => "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + Render(chart) + "\n";

    private static string N(double v) => Math.Round(v, 2).ToString(CultureInfo.InvariantCulture);

    public void Rect(double x, double y, double width, double height, string fill, string? title = null)
    {
        _sb.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(N(width))
           .Append("\" height=\"").Append(N(height)).Append("\" fill=\"").Append(HtmlText.Escape(fill)).Append('"');
        if (title is null) { _sb.Append("/>"); return; }
        _sb.Append("><title>").Append(HtmlText.Escape(title)).Append("</title></rect>");
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width) =>
        _sb.Append("<line x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y1)).Append("\" x2=\"").Append(N(x2))
           .Append("\" y2=\"").Append(N(y2)).Append("\" stroke=\"").Append(HtmlText.Escape(stroke))
           .Append("\" stroke-width=\"").Append(N(width)).Append("\"/>");

    public void Polyline(IReadOnlyList<(double X, double Y)> points, string stroke, double width)
    {
        if (points.Count == 0) return;
        _sb.Append("<polyline fill=\"none\" stroke=\"").Append(HtmlText.Escape(stroke)).Append("\" stroke-width=\"")
           .Append(N(width)).Append("\" points=\"");
        foreach (var (x, y) in points) _sb.Append(N(x)).Append(',').Append(N(y)).Append(' ');
        _sb.Append("\"/>");
    }

    public void Circle(double cx, double cy, double r, string fill) =>
        _sb.Append("<circle cx=\"").Append(N(cx)).Append("\" cy=\"").Append(N(cy)).Append("\" r=\"").Append(N(r))
           .Append("\" fill=\"").Append(HtmlText.Escape(fill)).Append("\"/>");

    public void Text(double x, double y, string text, double size, string fill, TextAnchor anchor = TextAnchor.Start, bool bold = false)
    {
        _sb.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" font-size=\"").Append(N(size))
           .Append("\" fill=\"").Append(HtmlText.Escape(fill)).Append('"');
        if (anchor != TextAnchor.Start) _sb.Append(" text-anchor=\"").Append(anchor == TextAnchor.Middle ? "middle" : "end").Append('"');
        if (bold) _sb.Append(" font-weight=\"700\"");
        _sb.Append('>').Append(HtmlText.Escape(text)).Append("</text>");
    }
}
