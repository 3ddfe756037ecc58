namespace Swarmscope.Investigations;

/// <summary>Time-zone names as front ends take them (IANA ids such as Asia/Almaty, or UTC).</summary>
public static class TimeZones
{
    public static bool TryFind(string? id, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(id)) return false;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException) { return false; } // ArgumentException: a name the system cannot even look up
    }

    /// <summary>The zone, or a <see cref="RequestException"/> naming the unknown id.</summary>
    public static TimeZoneInfo Find(string id) => TryFind(id, out var zone) ? zone : throw new RequestException(Messages.UnknownTimeZone(id));
}
