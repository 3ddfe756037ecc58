namespace Swarmscope.Signals;

/// <summary>Figures for one label set and one signal selection.</summary>
public sealed record EvaluationResult(
    string LabelSet,
    string Variant,
    int Positives,
    int Negatives,
    int K,
    double UnsupervisedAuc,
    double UnsupervisedPrecisionAtK,
    double SupervisedAuc,
    double SupervisedPrecisionAtK,
    double IsolationForestAuc,
    double IsolationForestPrecisionAtK,
    IReadOnlyList<string> Excluded,
    IReadOnlyList<string> DroppedForMissingness);
