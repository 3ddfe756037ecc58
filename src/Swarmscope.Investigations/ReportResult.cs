namespace Swarmscope.Investigations;

/// <summary>What a report holds and where it went.</summary>
/// <param name="OutFile">The HTML file, or null when written to a stream.</param>
/// <param name="ChartFolder">The folder of SVG and PNG charts beside it, or null.</param>
/// <param name="ScoreRunId">The score run whose account scores are shown, or null.</param>
/// <param name="Notes">What the reader is told is left out or missing (budgets, missing analyses).</param>
public sealed record ReportResult(
    long RunId, long? ScoreRunId, string? OutFile, string? ChartFolder, int ChartFiles, long Bytes,
    int Clusters, int ClustersOmitted, int Accounts, int Links, int LinksOmitted, int EvidencePosts,
    IReadOnlyList<string> Notes, double Seconds);
