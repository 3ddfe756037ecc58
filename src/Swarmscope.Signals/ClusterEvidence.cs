namespace Swarmscope.Signals;

/// <summary>
/// A coordinated cluster as another analysis found it (e.g. the detection engine's clusters.csv): its members and,
/// where given, how strong the coordination is (0-1, e.g. edge density) and a short evidence summary.
/// </summary>
public sealed record ClusterEvidence(string ClusterId, IReadOnlyList<string> Members, double? Strength, string? Evidence);
