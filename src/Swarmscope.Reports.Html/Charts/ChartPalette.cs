namespace Swarmscope.Reports.Html;

/// <summary>Colours shared by the network, its legend and the charts, so a cluster has one colour everywhere.</summary>
public static class ChartPalette
{
    // Tableau 10 and a second darker set: distinguishable, and readable on white.
    private static readonly string[] Categories =
    [
        "#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac",
        "#1f5f8b", "#a02c2c", "#2e7d32", "#b45f06", "#6a3d9a", "#00838f", "#8d6e00", "#c2185b", "#5d4037", "#616161",
    ];

    public const string Ink = "#1d2330";
    public const string Muted = "#5b6475";
    public const string Grid = "#e3e6ec";
    public const string Bar = "#8a1c2b";

    public static string Category(int index) => index < 0 ? "#888888" : Categories[index % Categories.Length];

    /// <summary>White to deep red for 0..1 (heat maps).</summary>
    public static string Heat(double t)
    {
        t = Math.Clamp(t, 0, 1);
        if (t == 0) return "#f6f7f9";
        // Interpolate #fde0dd → #8a1c2b.
        var r = (int)Math.Round(0xfd + (0x8a - 0xfd) * t);
        var g = (int)Math.Round(0xe0 + (0x1c - 0xe0) * t);
        var b = (int)Math.Round(0xdd + (0x2b - 0xdd) * t);
        return $"#{r:x2}{g:x2}{b:x2}";
    }
}
