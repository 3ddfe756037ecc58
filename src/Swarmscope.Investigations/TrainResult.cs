namespace Swarmscope.Investigations;

/// <summary>
/// A trained model's honest figures: labels matched, cross-validated ROC AUC and precision at top K, and its
/// strongest weights (per robust standard deviation), strongest first.
/// </summary>
public sealed record TrainResult(
    int Positives, int Negatives, int Unmatched, int Folds, int Seed, double RocAuc, int K, double PrecisionAtK,
    int Signals, IReadOnlyList<SignalWeight> StrongestWeights, IReadOnlyList<string> LeftOut, string OutFile);
