using Swarmscope.Core.Findings;

namespace Swarmscope.Investigations;

/// <summary>
/// A stored detection run as <see cref="ReadFindings"/> returns it: the run, its findings, the evidence asked for
/// (post pairs with both posts' texts, ordered by edge), and the newest score run that took this run's clusters
/// (null when there is none).
/// </summary>
public sealed record StoredFindings(
    AnalysisRun Run, DetectionFindings Detection, IReadOnlyList<EvidencePair> Evidence, AnalysisRun? ScoreRun, ScoreFindings? Score);
