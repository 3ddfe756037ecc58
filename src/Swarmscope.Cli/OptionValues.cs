using System.Reflection;
using Spectre.Console.Cli;

namespace Swarmscope.Cli;

/// <summary>
/// Checks the command line before Spectre.Console.Cli binds it: an option that takes a value must be given one
/// (the parser would otherwise take an internal placeholder, or the next option, as the value), and a value that
/// does not convert is named with its option.
/// </summary>
public static class OptionValues
{
    /// <summary>The first "--option" of the command's settings that needs a value but is last or followed by another option; null when none.</summary>
    public static string? MissingValue(string[] args, Type? settings)
    {
        if (settings is null) return null;
        var needsValue = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in settings.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is not { } option || option.ValueName is null) continue;
            foreach (var name in option.LongNames) needsValue.Add("--" + name);
            foreach (var name in option.ShortNames) needsValue.Add("-" + name);
        }
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--") break;
            if (!needsValue.Contains(args[i])) continue;
            if (i + 1 == args.Length || IsOption(args[i + 1])) return args[i];
            i++;
        }
        return null;
    }

    /// <summary>The option whose value is <paramref name="value"/> on this command line (for a conversion error), or null.</summary>
    public static string? OptionOf(string[] args, string value)
    {
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == value && args[i - 1].StartsWith('-')) return args[i - 1];
            if (args[i].StartsWith("--", StringComparison.Ordinal) && args[i].EndsWith("=" + value, StringComparison.Ordinal)) return args[i][..args[i].IndexOf('=')];
        }
        return null;
    }

    /// <summary>"a whole number" or "a number": what the option's property holds.</summary>
    public static string Expected(Type? settings, string option)
    {
        var name = option.TrimStart('-');
        var property = settings?.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => p.GetCustomAttribute<CommandOptionAttribute>() is { } o && (o.LongNames.Contains(name) || o.ShortNames.Contains(name)));
        var type = property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return type == typeof(int) || type == typeof(long) ? "a whole number" : type == typeof(double) ? "a number" : "a value of the kind its help says";
    }

    private static bool IsOption(string arg) =>
        arg.StartsWith('-') && arg.Length > 1 && !double.TryParse(arg, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
