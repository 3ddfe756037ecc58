using Swarmscope.Signals;

namespace Swarmscope.Investigations;

/// <summary>The account signals a request may name.</summary>
public static class SignalChoices
{
    public static IReadOnlyList<string> Names { get; } = [.. SignalCatalog.All.Select(d => d.Name)];

    public static bool IsSignal(string name) => SignalCatalog.IndexOf(name) >= 0;
}
