namespace Swarmscope.Signals;

/// <summary>What a signal's value is measured against when the unsupervised score turns it into a z.</summary>
public enum SignalScale : byte
{
    /// <summary>Robust z against the data set's own median and MAD (a trait rare in this data set).</summary>
    Dataset = 0,
    /// <summary>
    /// The signal comes with a one-sided p-value from a significance test; the z is its normal quantile (Stouffer),
    /// counted only when the test is significant, so small counts cannot look suspicious.
    /// </summary>
    Test,
}
