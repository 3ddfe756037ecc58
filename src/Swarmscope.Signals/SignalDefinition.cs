namespace Swarmscope.Signals;

/// <summary>
/// One per-account signal: its column name in accounts.csv, which way is suspicious, its family, what it measures and
/// what its value is measured against (<see cref="SignalScale"/>).
/// </summary>
public sealed record SignalDefinition(string Name, SignalDirection Direction, SignalGroup Group, string Description, SignalScale Scale = SignalScale.Dataset)
{
    public bool Scored => Direction != SignalDirection.Informational;
}
