namespace Swarmscope.Reports.Html;

/// <summary>
/// The few drawing operations the report's charts need. One chart definition draws onto SVG (inline in the report and
/// as a file) and onto a SkiaSharp bitmap (PNG), so both always show the same picture.
/// </summary>
public interface IChartCanvas
{
    void Rect(double x, double y, double width, double height, string fill, string? title = null);
    void Line(double x1, double y1, double x2, double y2, string stroke, double width);
    void Polyline(IReadOnlyList<(double X, double Y)> points, string stroke, double width);
    void Circle(double cx, double cy, double r, string fill);
    void Text(double x, double y, string text, double size, string fill, TextAnchor anchor = TextAnchor.Start, bool bold = false);
}
