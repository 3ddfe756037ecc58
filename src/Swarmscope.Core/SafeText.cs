using System.Buffers;
using System.Globalization;
using System.Text;

namespace Swarmscope.Core;

/// <summary>
/// Makes text that comes from data (handles, post texts, raw records, file names inside exports) safe for where it is
/// written: one sanitiser per destination, all here. Data is hostile: an ESC sequence printed raw recolours, hides or
/// retitles the analyst's terminal; a right-to-left override (U+202E) shows a handle or a text in another order than it
/// is stored; a cell starting with '=' runs as a spreadsheet formula. What cannot be shown safely is written as a
/// visible escape, <c>\u{202E}</c>, so the analyst sees that it was there.
/// <list type="bullet">
/// <item><see cref="Terminal"/>: every control character, bidirectional control and line separator escaped.</item>
/// <item><see cref="Markdown"/>: one table cell: also no pipes, HTML or emphasis.</item>
/// <item><see cref="Xml"/>: characters XML 1.0 cannot hold, and bidirectional controls, escaped (the XML writer
/// escapes markup).</item>
/// <item><see cref="Csv"/> / <see cref="FromCsv"/>: reversible, because Swarmscope reads its own CSVs back: formula
/// neutralisation and the escapes are undone by <see cref="FromCsv"/> exactly.</item>
/// </list>
/// </summary>
public static class SafeText
{
    /// <summary>Bidirectional embeddings, overrides and isolates (the "Trojan Source" characters): they reorder what
    /// follows them on the line. The marks (U+200E, U+200F, U+061C) only hint a direction and are kept.</summary>
    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>C0 and C1 control characters and DEL.</summary>
    private static bool IsControl(char c) => c < ' ' || c is >= '\u007F' and <= '\u009F';

    // Everything any sanitiser may change, for a fast "nothing to do" check; the backslash because an escape's own
    // first character must be escaped where the escape has to be undone (CSV) or could be mistaken (Markdown).
    private static readonly SearchValues<char> TerminalStops = SearchValues.Create(Range('\0', '\u001F') + Range('\u007F', '\u009F') +
        Range('\u202A', '\u202E') + Range('\u2066', '\u2069') + "\u2028\u2029\u200E\u200F\u061C" + Range('\uD800', '\uDFFF'));

    private static readonly SearchValues<char> CsvStops = SearchValues.Create(Range('\0', '\u0008') + "\u000B\u000C" + Range('\u000E', '\u001F') +
        Range('\u007F', '\u009F') + Range('\u202A', '\u202E') + Range('\u2066', '\u2069') + "\\");

    private static string Range(char from, char to)
    {
        var sb = new StringBuilder();
        for (var c = from; c <= to; c++) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>
    /// One line for a terminal: control characters (newlines included, so data cannot fake a line of output), DEL, C1
    /// controls, bidirectional controls and marks, and Unicode line separators become visible escapes (<c>\n</c>,
    /// <c>\u{1B}</c>, <c>\u{202E}</c>); a lone surrogate becomes U+FFFD. At most <paramref name="max"/> characters,
    /// the last of them "…" when cut.
    /// </summary>
    public static string Terminal(string? value, int max = int.MaxValue) => ForTerminal(value, max, keepLineBreaks: false);

    /// <summary>
    /// <see cref="Terminal"/> for a message of several lines that Swarmscope composed (an error naming a file, a list
    /// of problems): its line feeds are kept, everything else is escaped as there.
    /// </summary>
    public static string TerminalLines(string? value) => ForTerminal(value, int.MaxValue, keepLineBreaks: true);

    private static string ForTerminal(string? value, int max, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value.AsSpan().IndexOfAny(TerminalStops) < 0) return Cut(value, max);
        var sb = new StringBuilder(value.Length + 16);
        for (var i = 0; i < value.Length && sb.Length <= max; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { sb.Append(c).Append(value[++i]); continue; }
            if (char.IsSurrogate(c)) { sb.Append('\uFFFD'); continue; }
            switch (c)
            {
                case '\n' when keepLineBreaks: sb.Append(c); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (IsControl(c) || IsBidiControl(c) || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or '\u061C') AppendEscape(sb, c);
                    else sb.Append(c);
                    break;
            }
        }
        return Cut(sb.ToString(), max);
    }

    /// <summary>
    /// One line for a Markdown table cell or list item: no newlines, pipes, HTML or emphasis, backslashes kept literal,
    /// control and bidirectional characters as visible escapes; cut to <paramref name="max"/> characters.
    /// </summary>
    public static string Markdown(string? value, int max = 80)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var sb = new StringBuilder(Math.Min(value.Length, max) + 8);
        for (var i = 0; i < value.Length; i++)
        {
            if (sb.Length >= max) { sb.Append('…'); break; }
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { sb.Append(c).Append(value[++i]); continue; }
            if (char.IsSurrogate(c)) { sb.Append('\uFFFD'); continue; }
            switch (c)
            {
                case '\r' or '\n' or '\t': sb.Append(' '); break;
                case '|': sb.Append("\\|"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '`': sb.Append('\''); break;
                case '\\' or '*' or '_' or '[' or ']' or '#': sb.Append('\\').Append(c); break;
                default:
                    if (IsControl(c) || IsBidiControl(c) || c is '\u2028' or '\u2029') { sb.Append('\\'); AppendEscape(sb, c); }
                    else sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Text for an XML attribute or element (GraphML, GEXF), before the XML writer escapes markup: characters XML 1.0
    /// cannot hold (control characters other than tab and line ends, lone surrogates, U+FFFE/U+FFFF), C1 controls and
    /// bidirectional controls become visible escapes; a lone surrogate becomes U+FFFD.
    /// </summary>
    public static string Xml(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        StringBuilder? sb = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb?.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }
            var ok = c is '\t' or '\n' or '\r' || c >= 0x20 && c <= 0xD7FF && !IsControl(c) && !IsBidiControl(c) || c >= 0xE000 && c <= 0xFFFD;
            if (ok) { sb?.Append(c); continue; }
            sb ??= new StringBuilder(value, 0, i, value.Length + 16);
            if (char.IsSurrogate(c)) sb.Append('\uFFFD');
            else AppendEscape(sb, c);
        }
        return sb?.ToString() ?? value;
    }

    /// <summary>Replaces unpaired surrogates (which no UTF-8 writer can encode) with U+FFFD; for JSON, whose writer escapes the rest.</summary>
    public static string Utf16(string value)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb?.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }
            if (char.IsSurrogate(c)) { sb ??= new StringBuilder(value, 0, i, value.Length); sb.Append('\uFFFD'); continue; }
            sb?.Append(c);
        }
        return sb?.ToString() ?? value;
    }

    /// <summary>
    /// A data text for a CSV cell (before quoting, which <c>CsvWriter</c> does). Spreadsheets run a cell starting with
    /// = + - @ tab or CR (OWASP's list) as a formula: such a text gets a leading apostrophe, unless it is a number; so
    /// does a text that starts with an apostrophe followed by one of those or another apostrophe, which keeps the rule
    /// reversible. Control characters other than tab and line ends, DEL, C1 controls and bidirectional controls become
    /// <c>\u{XXXX}</c>, and a literal <c>\u{</c> becomes <c>\u{5C}u{</c>. Everything else is kept exactly;
    /// <see cref="FromCsv"/> undoes all of it.
    /// </summary>
    public static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var v = value;
        var stop = v.AsSpan().IndexOfAny(CsvStops);
        if (stop >= 0)
        {
            var sb = new StringBuilder(v.Length + 16);
            sb.Append(v, 0, stop);
            for (var i = stop; i < v.Length; i++)
            {
                var c = v[i];
                if (c == '\\')
                {
                    if (IsEscapeStart(v.AsSpan(i))) sb.Append("\\u{5C}");
                    else sb.Append(c);
                }
                else if (IsControl(c) && c is not ('\t' or '\n' or '\r') || IsBidiControl(c)) AppendEscape(sb, c);
                else sb.Append(c);
            }
            v = sb.ToString();
        }
        return NeedsApostrophe(v) ? "'" + v : v;
    }

    /// <summary>Undoes <see cref="Csv"/>: the text a Swarmscope CSV cell was written from.</summary>
    public static string FromCsv(string value)
    {
        if (value.Length == 0) return value;
        var v = value.Length > 1 && value[0] == '\'' && (IsFormulaStart(value[1]) || value[1] == '\'') ? value[1..] : value;
        var at = v.IndexOf("\\u{", StringComparison.Ordinal);
        if (at < 0) return v;
        var sb = new StringBuilder(v.Length);
        sb.Append(v, 0, at);
        for (var i = at; i < v.Length; i++)
        {
            if (v[i] == '\\' && TryParseEscape(v.AsSpan(i), out var c, out var length))
            {
                sb.Append(c);
                i += length - 1;
                continue;
            }
            sb.Append(v[i]);
        }
        return sb.ToString();
    }

    private static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static bool NeedsApostrophe(string v) =>
        IsFormulaStart(v[0]) && !double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        || v.Length > 1 && v[0] == '\'' && (IsFormulaStart(v[1]) || v[1] == '\'');

    private static bool IsEscapeStart(ReadOnlySpan<char> s) => s.StartsWith("\\u{") && TryParseEscape(s, out _, out _);

    /// <summary>Reads <c>\u{X…}</c> (1 to 4 hex digits) at the start of <paramref name="s"/>.</summary>
    private static bool TryParseEscape(ReadOnlySpan<char> s, out char c, out int length)
    {
        c = '\0';
        length = 0;
        if (!s.StartsWith("\\u{")) return false;
        var close = s[3..].IndexOf('}');
        if (close is < 1 or > 4) return false;
        if (!ushort.TryParse(s.Slice(3, close), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)) return false;
        c = (char)code;
        length = 3 + close + 1;
        return true;
    }

    private static void AppendEscape(StringBuilder sb, char c) =>
        sb.Append("\\u{").Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append('}');

    private static string Cut(string value, int max)
    {
        if (value.Length <= max) return value;
        if (max < 1) return "";
        var keep = max - 1;
        if (keep > 0 && char.IsHighSurrogate(value[keep - 1])) keep--;
        return value[..keep] + "…";
    }
}
