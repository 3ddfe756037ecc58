using System.Text;

namespace Swarmscope.Cli;

/// <summary>
/// Text from data shown on a terminal: control characters (escape sequences start with one) and bidirectional
/// overrides could rewrite the screen or reorder what is shown, so each becomes a visible '?'.
/// </summary>
public static class TerminalText
{
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var bad = c < 0x20 && c != '\n' || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069'
                      || c is '\u200E' or '\u200F' or '\u061C';
            if (bad && sb is null) sb = new StringBuilder(text, 0, i, text.Length);
            if (sb is not null) sb.Append(bad ? '?' : c);
        }
        return sb?.ToString() ?? text;
    }

    /// <summary>Safe, on one line, and at most <paramref name="max"/> characters.</summary>
    public static string Cell(string? text, int max)
    {
        var s = Safe(text).Replace('\n', ' ');
        return s.Length <= max ? s : s[..(max - 1)] + "…";
    }
}
