using System.Text.Encodings.Web;
using System.Text.Json;
using Swarmscope.Core;
using Swarmscope.Detection;

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

    public static void WriteEdges(DetectionResult result, Stream output)
    {
        var c = result.Corpus;
        var newline = "\n"u8.ToArray();
        foreach (var e in result.Edges)
        {
            using (var w = new Utf8JsonWriter(output, Options))
            {
                w.WriteStartObject();
                w.WriteString("account_a", c.AccountLabel(e.A));
                w.WriteString("account_b", c.AccountLabel(e.B));
                w.WriteString("account_a_id", c.AccountIds[e.A]);
                w.WriteString("account_b_id", c.AccountIds[e.B]);
                w.WriteNumber("cluster", result.ClusterOfAccount[e.A]);
                w.WriteNumber("weight", Math.Round(e.Weight, 6));
                w.WriteNumber("p_value", e.MinPValue);
                w.WriteNumber("q_value", e.MinQValue);
                w.WriteStartArray("layers");
                foreach (var l in e.Layers)
                {
                    w.WriteStartObject();
                    w.WriteString("behaviour", BehaviourNames.Name(l.Behaviour));
                    w.WriteNumber("objects", l.Edge.Weight);
                    w.WriteNumber("fast_objects", l.Edge.FastWeight);
                    w.WriteNumber("expected", Math.Round(l.Expected, 9));
                    w.WriteNumber("p_value", l.PValue);
                    w.WriteNumber("q_value", l.QValue);
                    w.WriteNumber("a_first", l.Edge.AFirst);
                    w.WriteNumber("b_first", l.Edge.BFirst);
                    w.WriteNumber("mean_dt_s", Math.Round(l.Edge.MeanAbsDtMs / 1000.0, 3));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteNumber("evidence_total", e.EvidenceTotal);
                w.WriteNumber("evidence_shown", e.Evidence.Count);
                w.WriteStartArray("evidence");
                foreach (var item in e.Evidence)
                {
                    w.WriteStartObject();
                    w.WriteString("behaviour", BehaviourNames.Name(item.Behaviour));
                    w.WriteString("object", SafeText.Utf16(item.ObjectKey));
                    w.WriteNumber("dt_s", item.DtMs / 1000.0);
                    WritePost(w, "a", c, item.PostA);
                    WritePost(w, "b", c, item.PostB);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            output.Write(newline);
        }
    }

    public static void WriteClusters(DetectionResult result, Stream output)
    {
        var c = result.Corpus;
        var newline = "\n"u8.ToArray();
        foreach (var s in result.Clusters)
        {
            using (var w = new Utf8JsonWriter(output, Options))
            {
                w.WriteStartObject();
                w.WriteNumber("cluster_id", s.Id);
                w.WriteNumber("size", s.Size);
                w.WriteNumber("density", Math.Round(s.Density, 6));
                w.WriteStartArray("members");
                foreach (var a in s.Members) w.WriteStringValue(c.AccountLabel(a));
                w.WriteEndArray();
                w.WriteStartObject("behaviours");
                foreach (var (b, n) in s.Behaviours) w.WriteNumber(BehaviourNames.Name(b), n);
                w.WriteEndObject();
                w.WriteStartArray("top_objects");
                foreach (var (b, o, n) in s.TopObjects)
                {
                    w.WriteStartObject();
                    w.WriteString("behaviour", BehaviourNames.Name(b));
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
                w.WriteString("time_zone", result.Options.TimeZone.Id);
                w.WriteStartArray("hour_of_day");
                foreach (var n in s.HourOfDay) w.WriteNumberValue(n);
                w.WriteEndArray();
                w.WriteStartArray("day_of_week_mon_first");
                foreach (var n in s.DayOfWeek) w.WriteNumberValue(n);
                w.WriteEndArray();
                w.WriteStartObject("platforms");
                foreach (var (p, n) in s.Platforms) w.WriteNumber(p.ToString().ToLowerInvariant(), n);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            output.Write(newline);
        }
    }

    private static void WritePost(Utf8JsonWriter w, string name, PostCorpus c, int post)
    {
        var p = c.Posts[post];
        w.WriteStartObject(name);
        w.WriteString("post_id", p.Id);
        w.WriteString("account", c.AccountLabel(c.PostAccount[post]));
        w.WriteString("time", p.Time.ToString());
        w.WriteString("kind", p.Kind.ToString().ToLowerInvariant());
        if (p.Text is not null) w.WriteString("text", SafeText.Utf16(p.Text));
        if (p.Provenance.SourceFile is not null) w.WriteString("source", p.Provenance.ToString());
        w.WriteEndObject();
    }
}
