namespace Swarmscope.Core.Findings;

/// <summary>
/// One recorded analysis run (a row of the store's `runs` table): what ran, with which settings, on how much input,
/// and when. A run is stored in one transaction with its findings, so a run that is listed is complete.
/// </summary>
public sealed record AnalysisRun
{
    public long RunId { get; init; }
    /// <summary><see cref="RunKind.Detection"/> or <see cref="RunKind.Score"/>.</summary>
    public required string Kind { get; init; }
    public string Status { get; init; } = RunStatus.Complete;
    /// <summary>The run's settings as a JSON object (readable with DuckDB's JSON functions).</summary>
    public required string SettingsJson { get; init; }
    /// <summary>Small figures about the result as a JSON object (counts shown by `swarmscope runs`).</summary>
    public string SummaryJson { get; init; } = "{}";
    public required string ToolVersion { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset FinishedAt { get; init; }
    public long InputPosts { get; init; }
    public long InputAccounts { get; init; }
    /// <summary>The run whose findings this one used (a score run's detection run), or null.</summary>
    public long? SourceRunId { get; init; }
}
