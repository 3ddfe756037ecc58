using Spectre.Console;
using Swarmscope.Investigations;

namespace Swarmscope.Cli;

/// <summary>Validation helpers for command settings: each failure names the option and the valid values.</summary>
public static class Checks
{
    public static ValidationResult All(params ValidationResult[] results) =>
        results.FirstOrDefault(r => !r.Successful) ?? ValidationResult.Success();

    public static ValidationResult Required(string? value, string option, string what) =>
        string.IsNullOrWhiteSpace(value) ? ValidationResult.Error($"{option} is required: {what}") : ValidationResult.Success();

    public static ValidationResult AtLeast(int? value, int min, string option) =>
        value is { } v && v < min ? ValidationResult.Error($"{option} must be at least {min}, got {v}") : ValidationResult.Success();

    public static ValidationResult AtLeast(long? value, long min, string option) =>
        value is { } v && v < min ? ValidationResult.Error($"{option} must be at least {min}, got {v}") : ValidationResult.Success();

    public static ValidationResult Between(double? value, double min, double max, string option, bool minExclusive = false) =>
        value is not { } v ? ValidationResult.Success()
        : !double.IsFinite(v) || (minExclusive ? v <= min : v < min) || v > max
            ? ValidationResult.Error($"{option} must be a number in {(minExclusive ? "(" : "[")}{min}, {max}], got {v}")
            : ValidationResult.Success();

    public static ValidationResult TimeZone(string? id, string option = "--timezone") =>
        id is null || TimeZones.TryFind(id, out _) ? ValidationResult.Success() : ValidationResult.Error($"{option}: {Messages.UnknownTimeZone(id)}");

    public static ValidationResult OneOf(string? value, string option, params string[] choices) =>
        value is null || choices.Contains(value, StringComparer.OrdinalIgnoreCase) ? ValidationResult.Success()
            : ValidationResult.Error($"{option} must be one of {string.Join(", ", choices)}; got '{value}'");

    public static ValidationResult Duration(string? value, string option, bool allowAuto = false) =>
        value is null || allowAuto && value.Equals("auto", StringComparison.OrdinalIgnoreCase) || DetectionChoices.TryParseDuration(value, out _)
            ? ValidationResult.Success()
            : ValidationResult.Error($"{option}: '{value}' is not a positive duration (examples: 500ms, 10s, 5m, 1h{(allowAuto ? "; or auto" : "")})");

    public static TimeZoneInfo? Zone(string? id) => id is null ? null : TimeZones.Find(id);

    public static IReadOnlyList<string> List(string? value) =>
        value is null ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
