using System.Globalization;
using System.Text.Json;

namespace Swarmscope.Ingest.Json;

/// <summary>
/// Reads fields of one JSON record tolerantly where exports disagree on types (TwiBot writes numbers as
/// strings with trailing spaces and "None" for null, VK writes booleans as 0/1) and strictly where a value is
/// present but cannot mean what the field means: that is a <see cref="BadFieldException"/>, never a silent zero.
/// </summary>
public static class JsonFields
{
    public static JsonElement? Get(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    public static JsonElement? Object(JsonElement obj, string name, string? field = null)
    {
        var v = Get(obj, name);
        if (v is null) return null;
        if (v.Value.ValueKind != JsonValueKind.Object) throw new BadFieldException(field ?? name, $"expected an object, found {Kind(v.Value)}");
        return v;
    }

    public static JsonElement? Array(JsonElement obj, string name, string? field = null)
    {
        var v = Get(obj, name);
        if (v is null) return null;
        if (v.Value.ValueKind != JsonValueKind.Array) throw new BadFieldException(field ?? name, $"expected an array, found {Kind(v.Value)}");
        return v;
    }

    /// <summary>Text exactly as written (post text keeps its whitespace). Null when absent or JSON null.</summary>
    public static string? Text(JsonElement obj, string name, string? field = null)
    {
        var v = Get(obj, name);
        if (v is null) return null;
        if (v.Value.ValueKind != JsonValueKind.String) throw new BadFieldException(field ?? name, $"expected a string, found {Kind(v.Value)}");
        return JsonText.Of(v.Value);
    }

    /// <summary>A short value (name, handle, URL, date): trimmed; empty or the Python spelling "None" means unknown. Numbers are taken as their text.</summary>
    public static string? Clean(JsonElement obj, string name, string? field = null)
    {
        var v = Get(obj, name);
        if (v is null) return null;
        string? s = v.Value.ValueKind switch
        {
            JsonValueKind.String => JsonText.Of(v.Value),
            JsonValueKind.Number => v.Value.GetRawText(),
            _ => throw new BadFieldException(field ?? name, $"expected a string, found {Kind(v.Value)}"),
        };
        s = s?.Trim();
        return string.IsNullOrEmpty(s) || s == "None" ? null : s;
    }

    /// <summary>An identifier given as a JSON string or integer. Null when absent.</summary>
    public static string? Id(JsonElement obj, string name, string? field = null)
    {
        var v = Get(obj, name);
        if (v is null) return null;
        switch (v.Value.ValueKind)
        {
            case JsonValueKind.Number:
                if (v.Value.TryGetInt64(out var n)) return n.ToString(CultureInfo.InvariantCulture);
                throw new BadFieldException(field ?? name, $"'{v.Value.GetRawText()}' is not an integer id");
            case JsonValueKind.String:
                var s = JsonText.Of(v.Value).Trim();
                return s.Length == 0 || s == "None" ? null : s;
            default:
                throw new BadFieldException(field ?? name, $"expected an id (string or integer), found {Kind(v.Value)}");
        }
    }

    public static string RequiredId(JsonElement obj, string name, string? field = null) =>
        Id(obj, name, field) ?? throw new BadFieldException(field ?? name, "missing");

    /// <summary>An integer count given as a number or a numeric string. Null when absent or "None".</summary>
    public static long? Long(JsonElement obj, string name, string? field = null)
    {
        var v = Get(obj, name);
        if (v is null) return null;
        if (v.Value.ValueKind == JsonValueKind.Number)
        {
            if (v.Value.TryGetInt64(out var n)) return n;
            throw new BadFieldException(field ?? name, $"'{v.Value.GetRawText()}' is not an integer");
        }
        if (v.Value.ValueKind == JsonValueKind.String)
        {
            var s = JsonText.Of(v.Value).Trim();
            if (s.Length == 0 || s == "None") return null;
            if (long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)) return n;
            throw new BadFieldException(field ?? name, $"'{Shorten(s)}' is not an integer");
        }
        throw new BadFieldException(field ?? name, $"expected an integer, found {Kind(v.Value)}");
    }

    /// <summary>A flag given as true/false, "True "/"False ", or 1/0. Null when absent.</summary>
    public static bool? Bool(JsonElement obj, string name, string? field = null)
    {
        var v = Get(obj, name);
        if (v is null) return null;
        switch (v.Value.ValueKind)
        {
            case JsonValueKind.True: return true;
            case JsonValueKind.False: return false;
            case JsonValueKind.Number when v.Value.TryGetInt64(out var n) && n is 0 or 1: return n == 1;
            case JsonValueKind.String:
                var s = JsonText.Of(v.Value).Trim();
                if (s.Length == 0 || s == "None") return null;
                if (s.Equals("true", StringComparison.OrdinalIgnoreCase) || s == "1") return true;
                if (s.Equals("false", StringComparison.OrdinalIgnoreCase) || s == "0") return false;
                throw new BadFieldException(field ?? name, $"'{Shorten(s)}' is not true or false");
        }
        throw new BadFieldException(field ?? name, $"expected true or false, found {Kind(v.Value)}");
    }

    public static string Kind(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    public static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";

    /// <summary>The raw JSON of a rejected record, cut so a rejection log stays readable.</summary>
    public static string Raw(JsonElement v)
    {
        var raw = JsonText.Raw(v);
        return raw.Length <= 2000 ? raw : raw[..2000] + "...";
    }
}
