namespace Swarmscope.Reports.Html;

/// <summary>How the writer draws: the layout's seed and how many clusters get their own chart files.</summary>
public sealed class HtmlReportOptions
{
    public int LayoutSeed { get; init; } = 1;
    /// <summary>Clusters (strongest first) whose timeline and heat map are drawn; each adds about 40 KB of inline SVG.</summary>
    public int MaxClusterCharts { get; init; } = 60;
}
