namespace Swarmscope.Core;

/// <summary>
/// How finely the source recorded a timestamp. The IRA release rounds to minutes; a co-action window of 10 s
/// on minute data is meaningless, so analyses must be able to ask.
/// </summary>
public enum TimePrecision : byte
{
    Millisecond = 0,
    Second,
    Minute,
    Hour,
    Day,
}
