using System.Globalization;
using Swarmscope.Core;
using Swarmscope.Detection;

namespace Swarmscope.Investigations;

/// <summary>The values a detection request accepts, for front ends to validate and list them.</summary>
public static class DetectionChoices
{
    /// <summary>Every behaviour name, in the documented order.</summary>
    public static IReadOnlyList<string> Behaviours { get; } = [.. BehaviourNames.All.Select(BehaviourNames.Name)];

    public static IReadOnlyList<string> DefaultBehaviours { get; } = [.. BehaviourNames.Defaults.Select(BehaviourNames.Name)];

    public static bool IsBehaviour(string name) => name == "all" || BehaviourNames.TryParse(name, out _);

    /// <summary>A positive duration such as 500ms, 10s, 5m, 1h, 1d (a bare number is seconds); zero, negative, NaN and infinite refused.</summary>
    public static bool TryParseDuration(string? text, out long milliseconds)
    {
        milliseconds = 0;
        if (text is null) return false;
        var number = text.Trim().ToLowerInvariant().TrimEnd('s', 'm', 'h', 'd');
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v) || v <= 0) return false;
        return Duration.TryParseMilliseconds(text, out milliseconds) && milliseconds > 0;
    }

    public static string FormatDuration(long milliseconds) => Duration.Format(milliseconds);
}
