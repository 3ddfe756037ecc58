namespace Swarmscope.Signals;

/// <summary>Which way a signal points towards inauthenticity. Informational signals are shown but never scored
/// (e.g. the script mix: writing in two languages is normal in Kazakhstan and must not raise a score).</summary>
public enum SignalDirection : byte
{
    HigherIsSuspicious = 0,
    LowerIsSuspicious,
    Informational,
}
