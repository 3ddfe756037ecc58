using Swarmscope.Core;
using System.Globalization;
using System.Xml;
using Swarmscope.Core.Findings;

namespace Swarmscope.Reports;

/// <summary>network.gexf (GEXF 1.2, Gephi's native format), undirected, with node cluster/degree and edge weight.</summary>
public static class GexfWriter
{
    private const string Ns = "http://www.gexf.net/1.2draft";

    public static void Write(DetectionFindings findings, Stream output)
    {
        var nodes = new NetworkNodes(findings);
        using var w = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        w.WriteStartDocument();
        w.WriteStartElement("gexf", Ns);
        w.WriteAttributeString("version", "1.2");
        w.WriteStartElement("meta", Ns);
        w.WriteElementString("creator", Ns, "Swarmscope");
        w.WriteElementString("description", Ns, "Coordination network: accounts linked by co-actions more frequent than the null model allows");
        w.WriteEndElement();
        w.WriteStartElement("graph", Ns);
        w.WriteAttributeString("defaultedgetype", "undirected");
        w.WriteAttributeString("mode", "static");
        Attributes(w, "node", [("0", "cluster", "integer"), ("1", "degree", "integer"), ("2", "account_id", "string"), ("3", "platform", "string"), ("4", "strength", "double")]);
        Attributes(w, "edge", [("0", "behaviours", "string"), ("1", "objects", "integer"), ("2", "q_value", "double"), ("3", "mean_dt_s", "double")]);
        w.WriteStartElement("nodes", Ns);
        for (var i = 0; i < nodes.Accounts.Count; i++)
        {
            var a = nodes.Accounts[i];
            w.WriteStartElement("node", Ns);
            w.WriteAttributeString("id", "n" + i);
            w.WriteAttributeString("label", SafeText.Xml(a.Label));
            w.WriteStartElement("attvalues", Ns);
            Value(w, "0", a.ClusterId.ToString(CultureInfo.InvariantCulture));
            Value(w, "1", nodes.Degree[i].ToString(CultureInfo.InvariantCulture));
            Value(w, "2", a.AccountId);
            Value(w, "3", ReportText.Name(a.Platform));
            Value(w, "4", ReportText.Number(nodes.Strength[i]));
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteStartElement("edges", Ns);
        var k = 0;
        foreach (var e in findings.Edges)
        {
            w.WriteStartElement("edge", Ns);
            w.WriteAttributeString("id", "e" + k++);
            w.WriteAttributeString("source", "n" + nodes.Of(e.A));
            w.WriteAttributeString("target", "n" + nodes.Of(e.B));
            w.WriteAttributeString("weight", ReportText.Number(e.Weight));
            w.WriteStartElement("attvalues", Ns);
            Value(w, "0", EdgesCsvWriter.Behaviours(e));
            Value(w, "1", e.Objects.ToString(CultureInfo.InvariantCulture));
            Value(w, "2", e.QValue.ToString("R", CultureInfo.InvariantCulture));
            Value(w, "3", ReportText.Number(e.MeanDtSeconds));
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void Attributes(XmlWriter w, string forWhat, (string Id, string Title, string Type)[] attributes)
    {
        w.WriteStartElement("attributes", Ns);
        w.WriteAttributeString("class", forWhat);
        foreach (var (id, title, type) in attributes)
        {
            w.WriteStartElement("attribute", Ns);
            w.WriteAttributeString("id", id);
            w.WriteAttributeString("title", title);
            w.WriteAttributeString("type", type);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Value(XmlWriter w, string id, string value)
    {
        w.WriteStartElement("attvalue", Ns);
        w.WriteAttributeString("for", id);
        w.WriteAttributeString("value", SafeText.Xml(value));
        w.WriteEndElement();
    }
}
