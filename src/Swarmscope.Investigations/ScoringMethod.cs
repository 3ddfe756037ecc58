namespace Swarmscope.Investigations;

/// <summary>How accounts are scored without a trained model.</summary>
public enum ScoringMethod
{
    /// <summary>Robust z-scores of each signal against the dataset itself.</summary>
    Robust,
    /// <summary>An isolation forest over the signals.</summary>
    IsolationForest,
}
