using Swarmscope.Core;
using System.Xml;
using Swarmscope.Core.Findings;

namespace Swarmscope.Reports;

/// <summary>network.graphml (opens in Gephi, yEd, igraph, NetworkX). All text goes through XmlWriter escaping after illegal characters are dropped.</summary>
public static class GraphMlWriter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    public static void Write(DetectionFindings findings, Stream output)
    {
        var nodes = new NetworkNodes(findings);
        using var w = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        w.WriteStartDocument();
        w.WriteStartElement("graphml", Ns);
        Key(w, "label", "node", "label", "string");
        Key(w, "account_id", "node", "account_id", "string");
        Key(w, "platform", "node", "platform", "string");
        Key(w, "cluster", "node", "cluster", "int");
        Key(w, "degree", "node", "degree", "int");
        Key(w, "strength", "node", "strength", "double");
        Key(w, "weight", "edge", "weight", "double");
        Key(w, "objects", "edge", "objects", "int");
        Key(w, "behaviours", "edge", "behaviours", "string");
        Key(w, "q_value", "edge", "q_value", "double");
        Key(w, "mean_dt_s", "edge", "mean_dt_s", "double");
        w.WriteStartElement("graph", Ns);
        w.WriteAttributeString("id", "coordination");
        w.WriteAttributeString("edgedefault", "undirected");
        for (var i = 0; i < nodes.Accounts.Count; i++)
        {
            var a = nodes.Accounts[i];
            w.WriteStartElement("node", Ns);
            w.WriteAttributeString("id", "n" + i);
            Data(w, "label", a.Label);
            Data(w, "account_id", a.AccountId);
            Data(w, "platform", ReportText.Name(a.Platform));
            Data(w, "cluster", a.ClusterId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Data(w, "degree", nodes.Degree[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
            Data(w, "strength", ReportText.Number(nodes.Strength[i]));
            w.WriteEndElement();
        }
        var k = 0;
        foreach (var e in findings.Edges)
        {
            w.WriteStartElement("edge", Ns);
            w.WriteAttributeString("id", "e" + k++);
            w.WriteAttributeString("source", "n" + nodes.Of(e.A));
            w.WriteAttributeString("target", "n" + nodes.Of(e.B));
            Data(w, "weight", ReportText.Number(e.Weight));
            Data(w, "objects", e.Objects.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Data(w, "behaviours", EdgesCsvWriter.Behaviours(e));
            Data(w, "q_value", e.QValue.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            Data(w, "mean_dt_s", ReportText.Number(e.MeanDtSeconds));
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void Key(XmlWriter w, string id, string forWhat, string name, string type)
    {
        w.WriteStartElement("key", Ns);
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("for", forWhat);
        w.WriteAttributeString("attr.name", name);
        w.WriteAttributeString("attr.type", type);
        w.WriteEndElement();
    }

    private static void Data(XmlWriter w, string key, string value)
    {
        w.WriteStartElement("data", Ns);
        w.WriteAttributeString("key", key);
        w.WriteString(SafeText.Xml(value));
        w.WriteEndElement();
    }
}
