using System.Globalization;

namespace Swarmscope.Core;

/// <summary>Parses and prints durations such as 500ms, 10s, 5m, 1h, 1d (a bare number means seconds).</summary>
public static class Duration
{
    public static bool TryParseMilliseconds(string? text, out long milliseconds)
    {
        milliseconds = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim().ToLowerInvariant();
        var (unit, factor) = s.EndsWith("ms") ? ("ms", 1L) : s.EndsWith('s') ? ("s", 1000L) : s.EndsWith('m') ? ("m", 60_000L)
            : s.EndsWith('h') ? ("h", 3_600_000L) : s.EndsWith('d') ? ("d", 86_400_000L) : ("", 1000L);
        var number = s[..^unit.Length];
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || v < 0 || double.IsInfinity(v)) return false;
        milliseconds = (long)Math.Round(v * factor);
        return true;
    }

    public static string Format(long ms) =>
        ms % 86_400_000 == 0 && ms > 0 ? $"{ms / 86_400_000}d"
        : ms % 3_600_000 == 0 && ms > 0 ? $"{ms / 3_600_000}h"
        : ms % 60_000 == 0 && ms > 0 ? $"{ms / 60_000}m"
        : ms % 1000 == 0 && ms > 0 ? $"{ms / 1000}s"
        : $"{ms}ms";
}
