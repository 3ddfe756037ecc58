namespace Swarmscope.Reports.Html;

/// <summary>
/// A generic titled section with an explanation, an optional time-series chart and a table: how narrative results
/// (frames, templates, flips, swarms) reach the report without the writer knowing each analysis.
/// </summary>
public sealed class ReportSection
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    /// <summary>Series name → points (period start, value); drawn as lines over time when present.</summary>
    public IReadOnlyList<(string Series, IReadOnlyList<(DateOnly Period, double Value)> Points)> Series { get; init; } = [];
    public IReadOnlyList<string> Columns { get; init; } = [];
    /// <summary>Cells as text; a cell whose column name ends in "posts", "accounts" or "share" is right-aligned.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; init; } = [];
    /// <summary>Rows not shown (beyond the report's budget).</summary>
    public int RowsOmitted { get; init; }
}
