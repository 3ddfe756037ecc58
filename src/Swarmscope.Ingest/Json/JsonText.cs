using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Swarmscope.Ingest.Json;

/// <summary>
/// The text of a JSON string value. System.Text.Json refuses strings holding invalid UTF-8 or an escaped lone
/// surrogate ("\ud800") with an exception that would fail the whole file without naming a record; exports truncated
/// mid-character or written by lax tools hold both. Such a string is decoded leniently instead: every invalid
/// sequence becomes U+FFFD, as CSV importers do for invalid UTF-8, and the record is kept.
/// </summary>
public static class JsonText
{
    /// <summary>The string value of <paramref name="v"/>, which must be a JSON string.</summary>
    public static string Of(JsonElement v)
    {
        try { return v.GetString() ?? ""; }
        catch (InvalidOperationException) when (v.ValueKind == JsonValueKind.String)
        {
            return Lenient(JsonMarshal.GetRawUtf8Value(v));
        }
    }

    /// <summary>The string value of the reader's current String or PropertyName token.</summary>
    public static string Of(ref Utf8JsonReader reader)
    {
        try { return reader.GetString() ?? ""; }
        catch (InvalidOperationException)
        {
            return Lenient(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
        }
    }

    /// <summary>The raw JSON of an element as text, invalid UTF-8 replaced (for rejection logs).</summary>
    public static string Raw(JsonElement v) => Encoding.UTF8.GetString(JsonMarshal.GetRawUtf8Value(v));

    /// <summary>Unescapes the raw bytes of a string (with or without its quotes); anything invalid becomes U+FFFD.</summary>
    internal static string Lenient(ReadOnlySpan<byte> raw)
    {
        if (raw.Length >= 2 && raw[0] == (byte)'"' && raw[^1] == (byte)'"') raw = raw[1..^1];
        var text = Encoding.UTF8.GetString(raw);
        if (text.IndexOf('\\') < 0) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 == text.Length) { sb.Append(c); continue; }
            var e = text[++i];
            switch (e)
            {
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u' when i + 4 < text.Length && ushort.TryParse(text.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var u):
                    sb.Append((char)u);
                    i += 4;
                    break;
                default: sb.Append(e); break; // \" \\ \/ and anything the reader would have refused
            }
        }
        return WithoutLoneSurrogates(sb);
    }

    private static string WithoutLoneSurrogates(StringBuilder sb)
    {
        for (var i = 0; i < sb.Length; i++)
        {
            if (char.IsHighSurrogate(sb[i]) && i + 1 < sb.Length && char.IsLowSurrogate(sb[i + 1])) { i++; continue; }
            if (char.IsSurrogate(sb[i])) sb[i] = '\uFFFD';
        }
        return sb.ToString();
    }
}
