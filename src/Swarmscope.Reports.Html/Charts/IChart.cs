namespace Swarmscope.Reports.Html;

/// <summary>A chart of fixed size that draws itself; <see cref="Title"/> is its accessible name and caption.</summary>
public interface IChart
{
    string Title { get; }
    int Width { get; }
    int Height { get; }
    void Draw(IChartCanvas canvas);
}
