namespace Swarmscope.Signals;

/// <summary>One per-account signal: its column name in accounts.csv, which way is suspicious, its family and what it measures.</summary>
public sealed record SignalDefinition(string Name, SignalDirection Direction, SignalGroup Group, string Description)
{
    public bool Scored => Direction != SignalDirection.Informational;
}
