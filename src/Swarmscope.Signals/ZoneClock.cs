namespace Swarmscope.Signals;

/// <summary>
/// Local day-of-week and hour in one time zone for Unix seconds, with the zone's UTC offset precomputed per UTC hour
/// over the data's time span (daylight-saving aware via <see cref="TimeZoneInfo"/>, without a zone lookup per post).
/// </summary>
internal sealed class ZoneClock
{
    private readonly long _firstHour;
    private readonly int[] _offsetSeconds;
    private readonly TimeZoneInfo _zone;

    public ZoneClock(TimeZoneInfo zone, long minSeconds, long maxSeconds)
    {
        _zone = zone;
        _firstHour = minSeconds / 3600;
        var hours = (int)Math.Clamp(maxSeconds / 3600 - _firstHour + 1, 1, 24L * 366 * 60);
        _offsetSeconds = new int[hours];
        for (var h = 0; h < hours; h++)
            _offsetSeconds[h] = (int)zone.GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds((_firstHour + h) * 3600)).TotalSeconds;
    }

    /// <summary>Day of week (0 = Sunday) and hour (0-23) in the zone.</summary>
    public (int DayOfWeek, int Hour) Local(long unixSeconds)
    {
        var index = unixSeconds / 3600 - _firstHour;
        var offset = index >= 0 && index < _offsetSeconds.Length
            ? _offsetSeconds[index]
            : (int)_zone.GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)).TotalSeconds;
        var local = unixSeconds + offset;
        var days = Math.DivRem(local, 86400, out var secondOfDay);
        if (secondOfDay < 0) { secondOfDay += 86400; days--; }
        var dow = (int)(((days + 4) % 7 + 7) % 7); // 1970-01-01 was a Thursday
        return (dow, (int)(secondOfDay / 3600));
    }
}
