namespace Swarmscope.Investigations;

/// <summary>
/// Write the HTML report of a stored detection run (docs/report.md): to <see cref="OutFile"/> with its charts as SVG
/// and PNG files beside it, or, for a front end serving it, as HTML alone (charts inline) into <see cref="Output"/>.
/// </summary>
public sealed record ReportRequest
{
    public required string Database { get; init; }
    /// <summary>The HTML file; charts go into "NAME-charts" beside it. Exactly one of OutFile and Output is set.</summary>
    public string? OutFile { get; init; }
    /// <summary>A stream the HTML is written to (left open); no chart files are written.</summary>
    public Stream? Output { get; init; }
    /// <summary>The detection run (see <see cref="ListRuns"/>); null: the latest.</summary>
    public long? RunId { get; init; }
    /// <summary>The report's title; null: one naming the investigation and the run.</summary>
    public string? Title { get; init; }
    /// <summary>The zone of heat maps, timelines and every time shown; null: the detection run's zone.</summary>
    public TimeZoneInfo? TimeZone { get; init; }
    /// <summary>Replace handles of accounts that are in no finding with stable pseudonyms, for publication.</summary>
    public bool Pseudonymize { get; init; }
}
