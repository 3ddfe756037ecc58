namespace Swarmscope.Core;

/// <summary>
/// The one reader of a time-zone option (--timezone for import, detect, score, train): an IANA id such as Asia/Almaty,
/// or UTC when none is given. Windows ids are accepted where the system maps them.
/// </summary>
public static class TimeZoneOption
{
    /// <summary>The zone named by <paramref name="id"/>; UTC for null. Throws <see cref="ArgumentException"/> with a
    /// message for the user (what was wrong, what to write instead) when the zone is unknown.</summary>
    public static TimeZoneInfo Parse(string? id)
    {
        if (id is null) return TimeZoneInfo.Utc;
        if (TryParse(id, out var zone, out var problem)) return zone;
        throw new ArgumentException(problem, nameof(id));
    }

    public static bool TryParse(string id, out TimeZoneInfo zone, out string problem)
    {
        zone = TimeZoneInfo.Utc;
        problem = "";
        var trimmed = id.Trim();
        if (trimmed.Length == 0)
        {
            problem = "--timezone: empty; name a time zone such as Asia/Almaty, Europe/Moscow or UTC";
            return false;
        }
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(trimmed);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            problem = $"--timezone: unknown time zone '{SafeText.Terminal(trimmed, 80)}' (use an IANA name such as Asia/Almaty, Europe/Moscow or UTC; " +
                      "'timedatectl list-timezones' lists them)";
            return false;
        }
    }
}
