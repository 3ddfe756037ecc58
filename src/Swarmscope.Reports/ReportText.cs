using System.Globalization;
using System.Text;

namespace Swarmscope.Reports;

/// <summary>
/// Making hostile post text safe for each output: CSV quoting, XML 1.0 legal characters, one-line Markdown.
/// Escaping itself (XML entities, JSON) is left to the real writers; this removes what no escaping can carry.
/// </summary>
public static class ReportText
{
    /// <summary>
    /// RFC 4180 field: quoted when it contains a comma, quote, CR or LF. A text starting with =, +, -, @, tab or CR
    /// (OWASP's list) gets a leading apostrophe so spreadsheets do not run it as a formula; numbers stay as they are.
    /// </summary>
    public static string Csv(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var v = value;
        if (v[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) v = "'" + v;
        return v.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + v.Replace("\"", "\"\"") + "\"" : v;
    }

    /// <summary>Drops characters XML 1.0 cannot hold at all (control characters, unpaired surrogates, U+FFFE/FFFF).</summary>
    public static string Xml(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        StringBuilder? sb = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            bool ok;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb?.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }
            ok = c is '\t' or '\n' or '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
            if (ok) { sb?.Append(c); continue; }
            sb ??= new StringBuilder(value, 0, i, value.Length);
        }
        return sb?.ToString() ?? value;
    }

    /// <summary>Replaces unpaired surrogates (which no UTF-8 writer can encode) with U+FFFD.</summary>
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

    /// <summary>One line for a Markdown table cell: no newlines, pipes or HTML.</summary>
    public static string Markdown(string? value, int max = 80)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var sb = new StringBuilder();
        foreach (var c in Xml(value))
        {
            if (sb.Length >= max) { sb.Append('…'); break; }
            sb.Append(c switch
            {
                '\r' or '\n' or '\t' => " ",
                '|' => "\\|",
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '`' => "'",
                '*' or '_' or '[' or ']' or '#' => "\\" + c,
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>An enum value (platform, post kind) as the store and every export name it: lower case.</summary>
    public static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    public static string Number(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);

    public static string PValue(double v) => v.ToString("0.###e+00", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset? t) => t?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) ?? "";
}
