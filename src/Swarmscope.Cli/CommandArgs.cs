namespace Swarmscope.Cli;

/// <summary>
/// "--key value", "--key=value", bare "--flag" and positionals. A repeated option keeps every value.
/// An option the command declares as a flag never takes the next word (so <c>import --force a.csv</c> imports a.csv);
/// any other option is a flag when it is last or followed by another option.
/// </summary>
public sealed class CommandArgs
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    public List<string> Positionals { get; } = [];

    private static readonly string[] HelpFlags = ["help", "h"];

    public static CommandArgs Parse(ReadOnlySpan<string> args, IReadOnlyCollection<string>? flags = null)
    {
        var result = new CommandArgs();
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2 || a.StartsWith('-') && a.Length == 2 && !char.IsDigit(a[1]))
            {
                var name = a.TrimStart('-');
                string? value = null;
                var eq = name.IndexOf('=');
                if (eq >= 0) { value = name[(eq + 1)..]; name = name[..eq]; }
                else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) &&
                         !HelpFlags.Contains(name) && flags?.Contains(name) != true)
                    value = args[++i];
                if (!result._options.TryGetValue(name, out var list)) result._options[name] = list = [];
                if (value is not null) list.Add(value);
            }
            else result.Positionals.Add(a);
        }
        return result;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    /// <summary>True for a bare flag. Use for options that take no value (they are placed last or before another option).</summary>
    public bool Flag(string name) => _options.ContainsKey(name);

    public string? Get(string name) => _options.TryGetValue(name, out var v) && v.Count > 0 ? v[^1] : null;

    public IReadOnlyList<string> GetAll(string name) => _options.TryGetValue(name, out var v) ? v : [];

    public string Require(string name) => Get(name) ?? throw new UsageException($"--{name} is required");

    public int GetInt(string name, int fallback) =>
        Get(name) is { } s ? int.TryParse(s, out var v) ? v : throw new UsageException($"--{name} expects a whole number, got '{s}'") : fallback;

    public double GetDouble(string name, double fallback) =>
        Get(name) is { } s ? double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : throw new UsageException($"--{name} expects a number, got '{s}'") : fallback;

    public IEnumerable<string> OptionNames => _options.Keys;
}
