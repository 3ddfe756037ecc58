using Swarmscope.Core;
using System.Text.Encodings.Web;
using System.Text.Json;
using Swarmscope.Core.Findings;

namespace Swarmscope.Reports;

/// <summary>
/// evidence.jsonl: one JSON object per edge answering "why are these two linked?" — the pairs of posts (ids, times,
/// texts, the shared object, Δt) behind it, capped per edge with the total count. cluster_evidence.jsonl: one
/// object per cluster with its top shared objects and texts.
/// </summary>
public static class EvidenceJsonlWriter
{
    // Escapes <, >, & and non-ASCII too, so a line pasted into HTML cannot open a tag.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    /// <param name="evidence">The edges' post pairs ordered by edge id (as the store streams them); an edge may have none.</param>
    public static void WriteEdges(DetectionFindings findings, IEnumerable<EvidencePair> evidence, Stream output)
    {
        var newline = "\n"u8.ToArray();
        using var pairs = evidence.GetEnumerator();
        var pending = pairs.MoveNext() ? pairs.Current : null;
        var ofEdge = new List<EvidencePair>();
        foreach (var e in findings.Edges)
        {
            ofEdge.Clear();
            while (pending is not null && pending.EdgeId <= e.EdgeId)
            {
                if (pending.EdgeId == e.EdgeId) ofEdge.Add(pending);
                pending = pairs.MoveNext() ? pairs.Current : null;
            }
            using (var w = new Utf8JsonWriter(output, Options))
            {
                w.WriteStartObject();
                w.WriteString("account_a", e.A.Label);
                w.WriteString("account_b", e.B.Label);
                w.WriteString("account_a_id", e.A.AccountId);
                w.WriteString("account_b_id", e.B.AccountId);
                w.WriteNumber("cluster", e.A.ClusterId);
                w.WriteNumber("weight", Math.Round(e.Weight, 6));
                w.WriteNumber("p_value", e.PValue);
                w.WriteNumber("q_value", e.QValue);
                w.WriteStartArray("layers");
                foreach (var l in e.Layers)
                {
                    w.WriteStartObject();
                    w.WriteString("behaviour", l.Behaviour);
                    w.WriteNumber("objects", l.Objects);
                    w.WriteNumber("fast_objects", l.FastObjects);
                    w.WriteNumber("expected", Math.Round(l.Expected, 9));
                    w.WriteNumber("p_value", l.PValue);
                    w.WriteNumber("q_value", l.QValue);
                    w.WriteNumber("a_first", l.AFirst);
                    w.WriteNumber("b_first", l.BFirst);
                    w.WriteNumber("mean_dt_s", Math.Round(l.MeanDtSeconds, 3));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteNumber("evidence_total", e.EvidenceTotal);
                w.WriteNumber("evidence_shown", ofEdge.Count);
                w.WriteStartArray("evidence");
                foreach (var item in ofEdge)
                {
                    w.WriteStartObject();
                    w.WriteString("behaviour", item.Behaviour);
                    w.WriteString("object", SafeText.Utf16(item.Object));
                    w.WriteNumber("dt_s", item.DtMs / 1000.0);
                    WritePost(w, "a", e.A.Label, item.A);
                    WritePost(w, "b", e.B.Label, item.B);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            output.Write(newline);
        }
    }

    public static void WriteClusters(DetectionFindings findings, Stream output)
    {
        var newline = "\n"u8.ToArray();
        foreach (var s in findings.Clusters)
        {
            using (var w = new Utf8JsonWriter(output, Options))
            {
                w.WriteStartObject();
                w.WriteNumber("cluster_id", s.ClusterId);
                w.WriteNumber("size", s.Size);
                w.WriteNumber("density", Math.Round(s.Density, 6));
                w.WriteStartArray("members");
                foreach (var a in s.Members) w.WriteStringValue(a.Label);
                w.WriteEndArray();
                w.WriteStartObject("behaviours");
                foreach (var (b, n) in s.Behaviours) w.WriteNumber(b, n);
                w.WriteEndObject();
                w.WriteStartArray("top_objects");
                foreach (var (b, o, n) in s.TopObjects)
                {
                    w.WriteStartObject();
                    w.WriteString("behaviour", b);
                    w.WriteString("object", SafeText.Utf16(o));
                    w.WriteNumber("members", n);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartArray("top_texts");
                foreach (var (t, n) in s.TopTexts)
                {
                    w.WriteStartObject();
                    w.WriteString("text", SafeText.Utf16(t));
                    w.WriteNumber("members", n);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteString("first_post", ReportText.Time(s.FirstPost));
                w.WriteString("last_post", ReportText.Time(s.LastPost));
                w.WriteString("time_zone", findings.Settings.TimeZone);
                w.WriteStartArray("hour_of_day");
                foreach (var n in s.HourOfDay) w.WriteNumberValue(n);
                w.WriteEndArray();
                w.WriteStartArray("day_of_week_mon_first");
                foreach (var n in s.DayOfWeek) w.WriteNumberValue(n);
                w.WriteEndArray();
                w.WriteStartObject("platforms");
                foreach (var (p, n) in s.Platforms) w.WriteNumber(ReportText.Name(p), n);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            output.Write(newline);
        }
    }

    private static void WritePost(Utf8JsonWriter w, string name, string account, EvidencePost p)
    {
        w.WriteStartObject(name);
        w.WriteString("post_id", p.PostId);
        w.WriteString("account", account);
        w.WriteString("time", p.Time.ToString());
        w.WriteString("kind", ReportText.Name(p.Kind));
        if (p.Text is not null) w.WriteString("text", SafeText.Utf16(p.Text));
        if (p.Source is not null) w.WriteString("source", p.Source);
        w.WriteEndObject();
    }
}
