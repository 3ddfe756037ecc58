using System.Text;

namespace Swarmscope.Reports.Html;

/// <summary>
/// The one escaping of hostile text for HTML and SVG (text and quoted attribute values alike): &amp; &lt; &gt; " '
/// become entities; characters XML cannot hold (controls, U+FFFE/FFFF) are dropped and unpaired surrogates become
/// U+FFFD, so the same string is safe in the HTML report and in a standalone SVG file.
/// </summary>
public static class HtmlText
{
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var sb = new StringBuilder(value.Length + 16);
        Append(sb, value);
        return sb.ToString();
    }

    public static void Append(StringBuilder sb, string? value)
    {
        if (value is null) return;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default:
                    if (char.IsSurrogate(c)) sb.Append('\uFFFD');
                    else if (c is '\t' or '\n' or '\r' || c >= 0x20 && c <= 0xD7FF && !(c >= 0x7F && c <= 0x9F) || c >= 0xE000 && c <= 0xFFFD) sb.Append(c);
                    break;
            }
        }
    }

    /// <summary>Shortens to at most <paramref name="max"/> characters (not splitting a surrogate pair), with an ellipsis.</summary>
    public static string Shorten(string? value, int max)
    {
        if (string.IsNullOrEmpty(value) || value.Length <= max) return value ?? "";
        var cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(value[cut - 1])) cut--;
        return value[..cut] + "…";
    }
}
