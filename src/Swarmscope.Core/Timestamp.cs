namespace Swarmscope.Core;

/// <summary>A UTC instant stored as Unix milliseconds, with the precision the source gave it.</summary>
public readonly record struct Timestamp(long UnixMilliseconds, TimePrecision Precision)
{
    public DateTimeOffset Utc => DateTimeOffset.FromUnixTimeMilliseconds(UnixMilliseconds);

    public static Timestamp FromUtc(DateTimeOffset value, TimePrecision precision) =>
        new(value.ToUnixTimeMilliseconds(), precision);

    public override string ToString() => Utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
