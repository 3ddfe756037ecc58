using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Swarmscope.Reports.Html;

/// <summary>
/// The data island the report's script reads: accounts with their evidence, network coordinates, links and the posts
/// evidence refers to, in compact arrays. Written inside a &lt;script type="application/json"&gt; element, so the
/// encoder escapes &lt; &gt; &amp; ' " (a post cannot close the element) while leaving Cyrillic and other letters as
/// UTF-8 (half the size of \u escapes).
/// </summary>
internal static class ReportDataJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
        SkipValidation = false,
    };

    public static void Write(InvestigationReport r, NetworkPicture picture, Stream output)
    {
        using var w = new Utf8JsonWriter(output, Options);
        var behaviours = new List<string>();
        var behaviourIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        int B(string name)
        {
            if (!behaviourIndex.TryGetValue(name, out var i)) { i = behaviours.Count; behaviours.Add(name); behaviourIndex[name] = i; }
            return i;
        }

        w.WriteStartObject();
        w.WriteStartArray("clusters");
        for (var i = 0; i < r.Clusters.Count; i++)
        {
            w.WriteStartObject();
            w.WriteNumber("id", i + 1);
            w.WriteString("label", $"Cluster {i + 1}");
            w.WriteString("color", ChartPalette.Category(i));
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("accounts");
        foreach (var a in r.Accounts)
        {
            w.WriteStartObject();
            w.WriteString("l", Clean(a.Label));
            w.WriteString("p", a.Platform);
            w.WriteNumber("c", a.Cluster);
            if (a.Score is { } s) w.WriteNumber("s", Math.Round(s, 3)); else w.WriteNull("s");
            w.WriteStartArray("r");
            foreach (var reason in a.Reasons) w.WriteStringValue(Clean(reason));
            w.WriteEndArray();
            w.WriteNumber("d", a.Degree);
            w.WriteNumber("et", a.EvidenceTotal);
            w.WriteStartArray("e");
            foreach (var e in a.Evidence)
            {
                w.WriteStartArray();
                w.WriteNumberValue(B(e.Pair.Behaviour));
                w.WriteStringValue(Clean(HtmlText.Shorten(e.Pair.Object, 200)));
                w.WriteNumberValue(Math.Round(e.Pair.DtSeconds, 3));
                w.WriteNumberValue(e.Pair.PostA);
                w.WriteNumberValue(e.Pair.PostB);
                w.WriteNumberValue(e.OtherAccount);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("behaviours");
        foreach (var b in behaviours) w.WriteStringValue(BehaviourGlossary.Short(b));
        w.WriteEndArray();

        w.WriteStartObject("nodes");
        w.WriteStartArray("x");
        foreach (var v in picture.X) w.WriteNumberValue(Math.Round(v, 1));
        w.WriteEndArray();
        w.WriteStartArray("y");
        foreach (var v in picture.Y) w.WriteNumberValue(Math.Round(v, 1));
        w.WriteEndArray();
        w.WriteStartArray("s");
        foreach (var v in picture.Size) w.WriteNumberValue(v);
        w.WriteEndArray();
        w.WriteEndObject();

        // Links as a flat [a, b, weight × 100, ...] array: three small integers each.
        w.WriteStartArray("edges");
        foreach (var e in r.Edges)
        {
            w.WriteNumberValue(e.A);
            w.WriteNumberValue(e.B);
            w.WriteNumberValue((int)Math.Round(Math.Min(e.Weight, 10) * 100));
        }
        w.WriteEndArray();

        w.WriteStartArray("posts");
        foreach (var p in r.Posts)
        {
            w.WriteStartArray();
            w.WriteNumberValue(p.Account);
            w.WriteStringValue(LocalTime(p.Time, r.TimeZone));
            w.WriteStringValue(p.Kind);
            if (p.Text is null) w.WriteNullValue(); else w.WriteStringValue(Clean(p.Text));
            if (p.Url is null) w.WriteNullValue(); else w.WriteStringValue(p.Url);
            if (p.Source is null) w.WriteNullValue(); else w.WriteStringValue(Clean(p.Source));
            w.WriteStringValue(p.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            w.WriteStringValue(Clean(p.AccountLabel));
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    public static string LocalTime(DateTimeOffset t, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(t, zone);
        var offset = local.Offset == TimeSpan.Zero ? "UTC" : "UTC" + (local.Offset < TimeSpan.Zero ? "−" : "+") + local.Offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        return local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " " + offset;
    }

    // Unpaired surrogates cannot be encoded as UTF-8; the JSON writer would throw on them.
    private static string Clean(string s) => Swarmscope.Core.SafeText.Utf16(s);
}
