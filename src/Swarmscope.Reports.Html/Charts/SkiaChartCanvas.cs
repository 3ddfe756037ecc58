using System.Text;
using SkiaSharp;

namespace Swarmscope.Reports.Html;

/// <summary>Draws a chart onto a SkiaSharp bitmap at <see cref="Scale"/>× and encodes it as PNG, for articles.</summary>
public sealed class SkiaChartCanvas : IChartCanvas
{
    private const float Scale = 2;
    private readonly SKCanvas _canvas;

    private SkiaChartCanvas(SKCanvas canvas) => _canvas = canvas;

    public static byte[] RenderPng(IChart chart)
    {
        using var bitmap = new SKBitmap((int)(chart.Width * Scale), (int)(chart.Height * Scale));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale(Scale);
            chart.Draw(new SkiaChartCanvas(canvas));
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static SKPaint Fill(string color) => new() { Color = SKColor.Parse(color), IsAntialias = true, Style = SKPaintStyle.Fill };

    private static SKPaint Stroke(string color, double width) =>
        new() { Color = SKColor.Parse(color), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = (float)width };

    public void Rect(double x, double y, double width, double height, string fill, string? title = null)
    {
        using var p = Fill(fill);
        _canvas.DrawRect((float)x, (float)y, (float)width, (float)height, p);
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width)
    {
        using var p = Stroke(stroke, width);
        _canvas.DrawLine((float)x1, (float)y1, (float)x2, (float)y2, p);
    }

    public void Polyline(IReadOnlyList<(double X, double Y)> points, string stroke, double width)
    {
        if (points.Count < 2) return;
        using var p = Stroke(stroke, width);
        var pts = new SKPoint[points.Count];
        for (var i = 0; i < pts.Length; i++) pts[i] = new SKPoint((float)points[i].X, (float)points[i].Y);
        _canvas.DrawPoints(SKPointMode.Polygon, pts, p);
    }

    public void Circle(double cx, double cy, double r, string fill)
    {
        using var p = Fill(fill);
        _canvas.DrawCircle((float)cx, (float)cy, (float)r, p);
    }

    public void Text(double x, double y, string text, double size, string fill, TextAnchor anchor = TextAnchor.Start, bool bold = false)
    {
        // Runs of characters that one bundled typeface covers, measured first so the anchor holds for the whole text.
        var runs = new List<(string Text, SKFont Font)>();
        var current = new StringBuilder();
        SKTypeface? face = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var f = ChartFonts.For(rune.Value, bold);
            if (face is not null && !ReferenceEquals(f, face))
            {
                runs.Add((current.ToString(), new SKFont(face, (float)size)));
                current.Clear();
            }
            face = f;
            current.Append(rune.ToString());
        }
        if (face is not null && current.Length > 0) runs.Add((current.ToString(), new SKFont(face, (float)size)));
        float width = 0;
        foreach (var (t, f) in runs) width += f.MeasureText(t);
        var left = (float)x - anchor switch { TextAnchor.Middle => width / 2, TextAnchor.End => width, _ => 0 };
        using var paint = Fill(fill);
        foreach (var (t, f) in runs)
        {
            _canvas.DrawText(t, left, (float)y, SKTextAlign.Left, f, paint);
            left += f.MeasureText(t);
            f.Dispose();
        }
    }
}
