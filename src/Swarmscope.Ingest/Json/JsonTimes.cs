using System.Globalization;
using Swarmscope.Core;

namespace Swarmscope.Ingest.Json;

/// <summary>The timestamp spellings of the JSON exports; all to UTC <see cref="Timestamp"/>s of second precision.</summary>
public static class JsonTimes
{
    /// <summary>Twitter API v1.1 ("Wed Oct 10 20:19:24 +0000 2018"), also found in TwiBot profiles with a trailing space.</summary>
    public static bool TryParseTwitterClassic(string s, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(s.Trim(), "ddd MMM dd HH:mm:ss zzz yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>ISO 8601 with or without an offset; a time without one is read in <paramref name="zoneIfNone"/>.</summary>
    public static bool TryParseIso(string s, TimeZoneInfo zoneIfNone, out DateTimeOffset value)
    {
        s = s.Trim();
        value = default;
        if (s.Length < 10 || !char.IsAsciiDigit(s[0])) return false;
        if (!DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var dt)) return false;
        if (dt.Kind == DateTimeKind.Unspecified)
        {
            try { value = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(dt, zoneIfNone)); }
            catch (ArgumentException) { return false; } // a local time that does not exist (clocks jumped)
            return true;
        }
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
    }

    /// <summary>Either spelling: what user objects of different vintages carry.</summary>
    public static bool TryParseAny(string s, TimeZoneInfo zoneIfNone, out DateTimeOffset value) =>
        TryParseIso(s, zoneIfNone, out value) || TryParseTwitterClassic(s, out value);

    public static Timestamp Seconds(DateTimeOffset value) => Timestamp.FromUtc(value, TimePrecision.Second);

    /// <summary>Unix seconds as written by VK and by Telegram Desktop's date_unixtime; plausible range only.</summary>
    public static bool TryFromUnixSeconds(long seconds, out DateTimeOffset value)
    {
        value = default;
        if (seconds <= 0 || seconds > 32503680000) return false; // after 1970, before year 3000
        value = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }
}
