using Swarmscope.Core.Codebooks;

namespace Swarmscope.Workspace;

/// <summary>What the Charts page draws, counted from approved and published codings of live items.</summary>
public sealed record ObservatoryCharts(
    IReadOnlyList<IncidentFrames> FramesPerIncident,
    IReadOnlyList<ChartBar> Platforms,
    IReadOnlyList<ChartBar> CivicImpact,
    IReadOnlyList<ChartBar> ItemsPerMonth,
    IReadOnlyDictionary<string, CrossTable> DimensionBy);

/// <summary>One bar: its label and value.</summary>
public sealed record ChartBar(string Label, double Value);

/// <summary>Top-level frames of one incident's items (by the consensus coding).</summary>
public sealed record IncidentFrames(int IncidentId, string Incident, IReadOnlyList<ChartBar> Frames);

/// <summary>Items per incident dimension (rows) and one of the incident's lists (motives, methods, responses) as columns.</summary>
public sealed record CrossTable(IReadOnlyList<CodebookEntry> Rows, IReadOnlyList<CodebookEntry> Columns, IReadOnlyDictionary<(string, string), int> Counts)
{
    public int Count(string row, string column) => Counts.GetValueOrDefault((row, column));
    public int Max => Counts.Count == 0 ? 0 : Counts.Values.Max();
}
