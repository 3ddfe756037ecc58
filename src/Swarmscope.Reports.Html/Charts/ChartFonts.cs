using System.Reflection;
using SkiaSharp;

namespace Swarmscope.Reports.Html;

/// <summary>
/// Noto Sans (Latin, Latin Extended, Cyrillic, Cyrillic Extended; regular and bold) from the report's bundled fonts,
/// for PNG charts: SkiaSharp's dependency-free Linux build finds no system fonts, and reads WOFF but not WOFF2.
/// </summary>
internal static class ChartFonts
{
    private static readonly Lazy<SKFont[]> Regular = new(() => Load(400));
    private static readonly Lazy<SKFont[]> Bold = new(() => Load(700));

    private static SKFont[] Load(int weight)
    {
        var list = new List<SKFont>();
        foreach (var subset in new[] { "latin", "latin-ext", "cyrillic", "cyrillic-ext" })
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"fonts/noto-sans-{subset}-{weight}.woff");
            if (stream is null) continue;
            using var data = SKData.Create(stream);
            if (SKTypeface.FromData(data) is { } face) list.Add(new SKFont(face));
        }
        return list.ToArray();
    }

    /// <summary>The typeface that has a glyph for <paramref name="codepoint"/>, else the first (which draws a box).</summary>
    public static SKTypeface For(int codepoint, bool bold)
    {
        var faces = bold ? Bold.Value : Regular.Value;
        lock (faces)
        {
            foreach (var f in faces) if (f.ContainsGlyph(codepoint)) return f.Typeface;
        }
        return faces.Length > 0 ? faces[0].Typeface : SKTypeface.Default;
    }
}
