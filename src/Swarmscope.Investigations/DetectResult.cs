namespace Swarmscope.Investigations;

/// <summary>
/// What a detection run analysed and found, stored as run <see cref="RunId"/>; <see cref="Files"/> are the report
/// files written into <see cref="OutFolder"/> (none without one).
/// </summary>
public sealed record DetectResult(
    int Posts, int Accounts, double Seconds, long WindowMs, bool WindowEstimated, double Alpha,
    IReadOnlyList<LayerOverview> Layers, IReadOnlyList<ClusterOverview> Clusters, int Edges, int FlaggedAccounts,
    string? OutFolder, IReadOnlyList<string> Files, long RunId);
