using Swarmscope.Core.Csv;
using Swarmscope.Detection;

namespace Swarmscope.Reports;

/// <summary>edges.csv: one row per kept edge of the fused network, strongest first.</summary>
public static class EdgesCsvWriter
{
    public const string Header = "account_a,account_b,account_a_id,account_b_id,platform,behaviours,weight,objects,weighted,fast_objects,expected,p_value,q_value,mean_dt_s,a_first,b_first,symmetry,cluster_a,cluster_b,evidence_pairs";

    public static void Write(DetectionResult result, TextWriter w)
    {
        var c = result.Corpus;
        w.WriteLine(Header);
        foreach (var e in result.Edges)
        {
            var expected = 0.0;
            foreach (var l in e.Layers) expected += l.Expected;
            w.Write(CsvWriter.TextCell(c.AccountLabel(e.A))); w.Write(',');
            w.Write(CsvWriter.TextCell(c.AccountLabel(e.B))); w.Write(',');
            w.Write(CsvWriter.TextCell(c.AccountIds[e.A])); w.Write(',');
            w.Write(CsvWriter.TextCell(c.AccountIds[e.B])); w.Write(',');
            w.Write(c.AccountPlatforms[e.A].ToString().ToLowerInvariant()); w.Write(',');
            w.Write(CsvWriter.TextCell(Behaviours(e))); w.Write(',');
            w.Write(ReportText.Number(e.Weight)); w.Write(',');
            w.Write(e.TotalWeight); w.Write(',');
            w.Write(ReportText.Number(e.IdfWeight)); w.Write(',');
            w.Write(e.FastWeight); w.Write(',');
            w.Write(ReportText.Number(expected)); w.Write(',');
            w.Write(ReportText.PValue(e.MinPValue)); w.Write(',');
            w.Write(ReportText.PValue(e.MinQValue)); w.Write(',');
            w.Write(ReportText.Number(e.MeanAbsDtMs / 1000.0)); w.Write(',');
            w.Write(e.AFirst); w.Write(',');
            w.Write(e.BFirst); w.Write(',');
            w.Write(ReportText.Number(e.Symmetry)); w.Write(',');
            w.Write(result.ClusterOfAccount[e.A]); w.Write(',');
            w.Write(result.ClusterOfAccount[e.B]); w.Write(',');
            w.Write(e.EvidenceTotal);
            w.WriteLine();
        }
    }

    /// <summary>"corepost:12;colink:3" — the layer breakdown, objects per behaviour.</summary>
    public static string Behaviours(FusedEdge e) =>
        string.Join(';', e.Layers.Select(l => $"{BehaviourNames.Name(l.Behaviour)}:{l.Edge.Weight}"));
}
