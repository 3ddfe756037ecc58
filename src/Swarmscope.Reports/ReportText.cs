using System.Globalization;

namespace Swarmscope.Reports;

/// <summary>How reports format the numbers and times they compose. Text from data is made safe by <see cref="Swarmscope.Core.SafeText"/>.</summary>
public static class ReportText
{
    public static string Number(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);

    public static string PValue(double v) => v.ToString("0.###e+00", CultureInfo.InvariantCulture);

    /// <summary>An enum value (platform, post kind) as the store and every export name it: lower case.</summary>
    public static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    public static string Time(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) ?? "";
}
