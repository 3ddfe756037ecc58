namespace Swarmscope.Reports.Html;

/// <summary>A static picture of the network from the embedded layout, coloured by cluster, for articles.</summary>
public sealed class NetworkChart(string title, float[] x, float[] y, int[] colourIndex, float[] size, IReadOnlyList<ReportEdge> edges,
    IReadOnlyList<(int Node, string Label)> labels, int maxEdges = 30_000) : IChart
{
    public string Title { get; } = title;
    public int Width => 900;
    public int Height => 900;

    public void Draw(IChartCanvas c)
    {
        const double margin = 30;
        var scale = (Width - 2 * margin) / 1000.0;
        double X(int i) => margin + x[i] * scale;
        double Y(int i) => margin + y[i] * scale;
        c.Text(margin, 18, Title, 13, ChartPalette.Ink, bold: true);
        var shown = Math.Min(edges.Count, maxEdges);
        for (var k = 0; k < shown; k++) c.Line(X(edges[k].A), Y(edges[k].A), X(edges[k].B), Y(edges[k].B), "#cfd3da", 0.5);
        for (var i = 0; i < x.Length; i++) c.Circle(X(i), Y(i), Math.Max(1.5, size[i] * 0.6), ChartPalette.Category(colourIndex[i]));
        foreach (var (node, label) in labels) c.Text(X(node) + 5, Y(node) - 4, HtmlText.Shorten(label, 24), 10, ChartPalette.Ink);
    }
}
