using System.Globalization;
using System.Text;
using Swarmscope.Core;

namespace Swarmscope.Ingest;

/// <summary>
/// Parses the timestamp spellings found in exports, straight from UTF-8 bytes (no Regex, no allocation on the fast
/// paths), and records the precision the source gave:
/// <list type="bullet">
/// <item>ISO 8601 <c>2024-03-01T10:00:00.123Z</c>, with a space instead of T, with or without seconds, fraction,
/// and zone (<c>Z</c>, <c>+03:00</c>, <c>+0300</c>, <c>+03</c>, <c> UTC</c>);</item>
/// <item>date only <c>2024-03-01</c> (Day precision);</item>
/// <item>US <c>M/D/YY H:MM</c> or <c>M/D/YYYY H:MM[:SS]</c> (FiveThirtyEight's original IRA layout); two-digit years
/// below 70 are 20YY, others 19YY;</item>
/// <item>Twitter v1.1 <c>Tue Aug 11 07:50:45 +0000 2009</c>;</item>
/// <item>Unix seconds (9 to 11 digits, optionally with a fraction) or milliseconds (12–13 digits).</item>
/// </list>
/// Anything else falls back to <see cref="DateTimeOffset.TryParse(string, IFormatProvider, DateTimeStyles, out DateTimeOffset)"/>
/// with the invariant culture. Values without a zone are read in the assumed zone (default UTC).
/// </summary>
public static class TimestampParser
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static bool TryParse(string? text, TimeZoneInfo? assumedZone, out Timestamp timestamp)
    {
        timestamp = default;
        if (text is null) return false;
        return TryParse(text.AsSpan(), assumedZone, out timestamp);
    }

    public static bool TryParse(ReadOnlySpan<char> text, TimeZoneInfo? assumedZone, out Timestamp timestamp)
    {
        timestamp = default;
        text = text.Trim();
        if (text.IsEmpty || text.Length > 64) return false;
        Span<byte> bytes = stackalloc byte[64];
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > 127) return false;
            bytes[i] = (byte)text[i];
        }
        return TryParse(bytes[..text.Length], assumedZone, out timestamp);
    }

    /// <summary>First and last instant a calendar time in an export may name: 1970 to the year 3000, the range VK's
    /// and Telegram's Unix times are held to. Years such as 5138 (an 11-digit number read as Unix seconds) or 0001
    /// are typing or export errors, not posts.</summary>
    public const long PlausibleMinMs = 0, PlausibleMaxMs = 32_503_680_000_000;

    /// <summary>Parses UTF-8 bytes; false (never an exception) when the value is not a timestamp or not a plausible
    /// one (<see cref="PlausibleMinMs"/>).</summary>
    public static bool TryParse(ReadOnlySpan<byte> s, TimeZoneInfo? assumedZone, out Timestamp timestamp)
    {
        if (TryParseAnyYear(s, assumedZone, out timestamp) && timestamp.UnixMilliseconds is >= PlausibleMinMs and < PlausibleMaxMs) return true;
        timestamp = default;
        return false;
    }

    private static bool TryParseAnyYear(ReadOnlySpan<byte> s, TimeZoneInfo? assumedZone, out Timestamp timestamp)
    {
        timestamp = default;
        s = s.Trim((byte)' ');
        if (s.IsEmpty) return false;
        var zone = assumedZone ?? TimeZoneInfo.Utc;
        if (IsDigit(s[0]))
        {
            if (s.Length >= 10 && s[4] == (byte)'-') return TryIso(s, zone, out timestamp) || Fallback(s, zone, out timestamp);
            if (s.IndexOf((byte)'/') > 0) return TryUs(s, zone, out timestamp) || Fallback(s, zone, out timestamp);
            if (TryUnix(s, out timestamp)) return true;
            return Fallback(s, zone, out timestamp);
        }
        if (s.Length == 30 && s[3] == (byte)' ' && TryTwitter(s, out timestamp)) return true;
        return Fallback(s, zone, out timestamp);
    }

    /// <summary>Largest whole-second count a timestamp can hold (9999-12-31T23:59:59Z) and the smallest (0001-01-01).</summary>
    private const long MaxSeconds = 253_402_300_799, MinSeconds = -62_135_596_800;

    /// <summary>
    /// Seconds on an origin the source chose (the QUT toolkit's <c>timestamp</c>: "in seconds; the absolute offset
    /// does not matter"): any decimal number, negative or fractional (<c>0</c>, <c>59</c>, <c>15126.505</c>,
    /// <c>1600000000</c>). It is stored as that many seconds after the Unix epoch, so relative clocks land in
    /// January 1970 and differences, which are all a window compares, are kept to the millisecond (further
    /// fraction digits are cut). Whole numbers have second precision, fractions millisecond. Values of 12 or more
    /// digits are left to <see cref="TryParse(ReadOnlySpan{byte}, TimeZoneInfo?, out Timestamp)"/>, which reads them as
    /// milliseconds, as before; anything that is not a plain number returns false.
    /// </summary>
    public static bool TryParseSeconds(ReadOnlySpan<byte> s, out Timestamp timestamp)
    {
        timestamp = default;
        s = s.Trim((byte)' ');
        var negative = !s.IsEmpty && s[0] == (byte)'-';
        if (negative || (!s.IsEmpty && s[0] == (byte)'+')) s = s[1..];
        var dot = s.IndexOf((byte)'.');
        var whole = dot < 0 ? s : s[..dot];
        var frac = dot < 0 ? default : s[(dot + 1)..];
        if (whole.IsEmpty && frac.IsEmpty) return false;
        if (whole.Length > 11 || (dot >= 0 && frac.IsEmpty) || !AllDigits(frac) || !TryDigits(whole, out var seconds)) return false;
        var ms = 0L;
        for (var i = 0; i < 3; i++) ms = ms * 10 + (i < frac.Length ? frac[i] - '0' : 0);
        var total = seconds * 1000 + ms;
        if (negative) total = -total;
        if (total > MaxSeconds * 1000 + 999 || total < MinSeconds * 1000) return false;
        timestamp = new Timestamp(total, dot >= 0 ? TimePrecision.Millisecond : TimePrecision.Second);
        return true;
    }

    private static bool TryUnix(ReadOnlySpan<byte> s, out Timestamp ts)
    {
        ts = default;
        var dot = s.IndexOf((byte)'.');
        var whole = dot < 0 ? s : s[..dot];
        // Fewer than 9 digits (before March 1973) is more likely a count or a year than a time.
        if (whole.Length < 9 || whole.Length > 13 || !TryDigits(whole, out var value)) return false;
        if (dot >= 0)
        {
            var frac = s[(dot + 1)..];
            if (frac.Length == 0 || whole.Length > 11 || !AllDigits(frac)) return false;
            var ms = 0;
            for (var i = 0; i < 3; i++) ms = ms * 10 + (i < frac.Length ? frac[i] - '0' : 0);
            ts = new Timestamp(value * 1000 + ms, TimePrecision.Millisecond);
            return true;
        }
        ts = whole.Length <= 11 ? new Timestamp(value * 1000, TimePrecision.Second) : new Timestamp(value, TimePrecision.Millisecond);
        return true;
    }

    private static bool TryIso(ReadOnlySpan<byte> s, TimeZoneInfo zone, out Timestamp ts)
    {
        ts = default;
        if (!Num(s, 0, 4, out var year) || s[4] != '-' || !Num(s, 5, 2, out var month) || s[7] != '-' || !Num(s, 8, 2, out var day)) return false;
        if (!ValidDate(year, month, day)) return false;
        if (s.Length == 10) return Make(year, month, day, 0, 0, 0, 0, null, zone, TimePrecision.Day, out ts);
        if (s[10] != 'T' && s[10] != ' ' && s[10] != 't') return false;
        var p = 11;
        if (!Num(s, p, 2, out var hour) || p + 2 >= s.Length || s[p + 2] != ':' || !Num(s, p + 3, 2, out var minute)) return false;
        p += 5;
        var second = 0;
        var ms = 0;
        var precision = TimePrecision.Minute;
        if (p < s.Length && s[p] == ':')
        {
            if (!Num(s, p + 1, 2, out second)) return false;
            p += 3;
            precision = TimePrecision.Second;
            if (p < s.Length && (s[p] == '.' || s[p] == ','))
            {
                p++;
                var digits = 0;
                while (p < s.Length && IsDigit(s[p]))
                {
                    if (digits < 3) ms = ms * 10 + (s[p] - '0');
                    digits++;
                    p++;
                }
                if (digits == 0) return false;
                for (var d = digits; d < 3; d++) ms *= 10;
                precision = TimePrecision.Millisecond;
            }
        }
        if (!TryZone(s[p..], out var offset)) return false;
        return Make(year, month, day, hour, minute, second, ms, offset, zone, precision, out ts);
    }

    /// <summary>Reads a zone suffix: empty (none), Z, UTC, GMT, ±HH, ±HHMM, ±HH:MM, optionally after a space.</summary>
    private static bool TryZone(ReadOnlySpan<byte> z, out int? offsetMinutes)
    {
        offsetMinutes = null;
        z = z.TrimStart((byte)' ');
        if (z.IsEmpty) return true;
        if (z.Length == 1 && (z[0] == 'Z' || z[0] == 'z')) { offsetMinutes = 0; return true; }
        if (z.SequenceEqual("UTC"u8) || z.SequenceEqual("GMT"u8)) { offsetMinutes = 0; return true; }
        if (z[0] != '+' && z[0] != '-') return false;
        var sign = z[0] == '-' ? -1 : 1;
        int h, m = 0;
        switch (z.Length)
        {
            case 3: if (!Num(z, 1, 2, out h)) return false; break;
            case 5: if (!Num(z, 1, 2, out h) || !Num(z, 3, 2, out m)) return false; break;
            case 6: if (!Num(z, 1, 2, out h) || z[3] != ':' || !Num(z, 4, 2, out m)) return false; break;
            default: return false;
        }
        if (h > 14 || m > 59) return false;
        offsetMinutes = sign * (h * 60 + m);
        return true;
    }

    private static bool TryUs(ReadOnlySpan<byte> s, TimeZoneInfo zone, out Timestamp ts)
    {
        ts = default;
        var p = 0;
        if (!Var(s, ref p, 2, out var month) || p >= s.Length || s[p++] != '/') return false;
        if (!Var(s, ref p, 2, out var day) || p >= s.Length || s[p++] != '/') return false;
        var yStart = p;
        if (!Var(s, ref p, 4, out var year)) return false;
        var yDigits = p - yStart;
        if (yDigits == 2) year += year < 70 ? 2000 : 1900;
        else if (yDigits != 4) return false;
        if (!ValidDate(year, month, day)) return false;
        if (p == s.Length) return Make(year, month, day, 0, 0, 0, 0, null, zone, TimePrecision.Day, out ts);
        if (s[p++] != ' ') return false;
        if (!Var(s, ref p, 2, out var hour) || p >= s.Length || s[p++] != ':' || !Num(s, p, 2, out var minute)) return false;
        p += 2;
        var second = 0;
        var precision = TimePrecision.Minute;
        if (p < s.Length && s[p] == ':')
        {
            if (!Num(s, p + 1, 2, out second)) return false;
            p += 3;
            precision = TimePrecision.Second;
        }
        var rest = s[p..].TrimStart((byte)' ');
        if (rest.Length == 2 && (rest[1] == 'M' || rest[1] == 'm'))
        {
            var pm = rest[0] == 'P' || rest[0] == 'p';
            if (!pm && rest[0] != 'A' && rest[0] != 'a') return false;
            if (hour < 1 || hour > 12) return false;
            hour = hour % 12 + (pm ? 12 : 0);
            rest = default;
        }
        if (!TryZone(rest, out var offset)) return false;
        return Make(year, month, day, hour, minute, second, 0, offset, zone, precision, out ts);
    }

    // "Tue Aug 11 07:50:45 +0000 2009"
    private static bool TryTwitter(ReadOnlySpan<byte> s, out Timestamp ts)
    {
        ts = default;
        var month = MonthIndex(s.Slice(4, 3));
        if (month < 0 || s[7] != ' ' || s[10] != ' ' || s[19] != ' ' || s[25] != ' ') return false;
        if (!Num(s, 8, 2, out var day) && !(s[8] == ' ' && Num(s, 9, 1, out day))) return false;
        if (!Num(s, 11, 2, out var hour) || s[13] != ':' || !Num(s, 14, 2, out var minute) || s[16] != ':' || !Num(s, 17, 2, out var second)) return false;
        if (!TryZone(s.Slice(20, 5), out var offset) || !Num(s, 26, 4, out var year)) return false;
        if (!ValidDate(year, month + 1, day)) return false;
        return Make(year, month + 1, day, hour, minute, second, 0, offset, TimeZoneInfo.Utc, TimePrecision.Second, out ts);
    }

    private static int MonthIndex(ReadOnlySpan<byte> m)
    {
        if (m.Length != 3) return -1;
        Span<char> lower = stackalloc char[3];
        for (var i = 0; i < 3; i++) lower[i] = (char)(m[i] | 0x20);
        for (var i = 0; i < 12; i++) if (lower.SequenceEqual(Months[i])) return i;
        return -1;
    }

    private static bool Fallback(ReadOnlySpan<byte> s, TimeZoneInfo zone, out Timestamp ts)
    {
        ts = default;
        var text = Encoding.UTF8.GetString(s);
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dt)) return false;
        var hasZone = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto) && dt.Kind != DateTimeKind.Unspecified;
        var precision = dt.Millisecond != 0 ? TimePrecision.Millisecond : TimePrecision.Second;
        if (hasZone) { ts = Timestamp.FromUtc(dto.ToUniversalTime(), precision); return true; }
        return Make(dt.Year, dt.Month, dt.Day, dt.Hour, dt.Minute, dt.Second, dt.Millisecond, null, zone, precision, out ts);
    }

    private static bool Make(int year, int month, int day, int hour, int minute, int second, int ms, int? offsetMinutes,
        TimeZoneInfo zone, TimePrecision precision, out Timestamp ts)
    {
        ts = default;
        if (hour > 24 || minute > 59 || second > 60) return false;
        if (second == 60) second = 59; // leap second: keep the record, lose the second
        var extraDay = hour == 24;
        if (extraDay) { if (minute != 0 || second != 0 || ms != 0) return false; hour = 0; }
        var local = new DateTime(year, month, day, hour, minute, second, ms, DateTimeKind.Unspecified);
        if (extraDay) local = local.AddDays(1);
        long unixMs;
        if (offsetMinutes is { } off)
            unixMs = (local.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond - off * 60_000L;
        else if (zone == TimeZoneInfo.Utc || zone.Id == TimeZoneInfo.Utc.Id)
            unixMs = (local.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;
        else
        {
            // An invalid local time (inside a DST gap) is read as standard time rather than rejected.
            var utcOffset = zone.IsInvalidTime(local) ? zone.BaseUtcOffset : zone.GetUtcOffset(local);
            unixMs = (local.Ticks - utcOffset.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;
        }
        ts = new Timestamp(unixMs, precision);
        return true;
    }

    private static bool ValidDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    private static bool AllDigits(ReadOnlySpan<byte> s)
    {
        foreach (var b in s) if (!IsDigit(b)) return false;
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> s, out long value)
    {
        value = 0;
        foreach (var b in s)
        {
            if (!IsDigit(b)) return false;
            value = value * 10 + (b - '0');
        }
        return true;
    }

    /// <summary>Exactly <paramref name="count"/> digits at <paramref name="at"/>.</summary>
    private static bool Num(ReadOnlySpan<byte> s, int at, int count, out int value)
    {
        value = 0;
        if (at < 0 || at + count > s.Length) return false;
        for (var i = at; i < at + count; i++)
        {
            if (!IsDigit(s[i])) return false;
            value = value * 10 + (s[i] - '0');
        }
        return true;
    }

    /// <summary>One to <paramref name="max"/> digits from <paramref name="p"/>, advancing it.</summary>
    private static bool Var(ReadOnlySpan<byte> s, ref int p, int max, out int value)
    {
        value = 0;
        var start = p;
        while (p < s.Length && p - start < max && IsDigit(s[p])) value = value * 10 + (s[p++] - '0');
        return p > start;
    }
}
