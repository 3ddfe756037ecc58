using Swarmscope.Core;

namespace Swarmscope.Investigations;

/// <summary>
/// Text from data for a terminal, as front ends print it (they reference this layer only): the rule itself is
/// <see cref="SafeText.Terminal"/>, one place for every destination's sanitiser. Control characters (escape sequences
/// start with one), bidirectional overrides and marks become visible escapes such as <c>\u{1B}</c>.
/// </summary>
public static class TerminalText
{
    /// <summary>A message or a value, line feeds kept (a message Swarmscope composed may have several lines).</summary>
    public static string Safe(string? text) => SafeText.TerminalLines(text);

    /// <summary>One line (line feeds escaped too) of at most <paramref name="max"/> characters, for a table cell.</summary>
    public static string Cell(string? text, int max) => SafeText.Terminal(text, max);
}
