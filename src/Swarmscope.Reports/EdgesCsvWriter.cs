using Swarmscope.Core.Csv;
using Swarmscope.Core.Findings;

namespace Swarmscope.Reports;

/// <summary>edges.csv: one row per kept edge of the fused network, strongest first.</summary>
public static class EdgesCsvWriter
{
    public const string Header = "account_a,account_b,account_a_id,account_b_id,platform,behaviours,weight,objects,weighted,fast_objects,expected,p_value,q_value,mean_dt_s,a_first,b_first,symmetry,cluster_a,cluster_b,evidence_pairs";

    public static void Write(DetectionFindings findings, TextWriter w)
    {
        w.WriteLine(Header);
        foreach (var e in findings.Edges)
        {
            w.Write(CsvWriter.TextCell(e.A.Label)); w.Write(',');
            w.Write(CsvWriter.TextCell(e.B.Label)); w.Write(',');
            w.Write(CsvWriter.TextCell(e.A.AccountId)); w.Write(',');
            w.Write(CsvWriter.TextCell(e.B.AccountId)); w.Write(',');
            w.Write(ReportText.Name(e.A.Platform)); w.Write(',');
            w.Write(CsvWriter.TextCell(Behaviours(e))); w.Write(',');
            w.Write(ReportText.Number(e.Weight)); w.Write(',');
            w.Write(e.Objects); w.Write(',');
            w.Write(ReportText.Number(e.Weighted)); w.Write(',');
            w.Write(e.FastObjects); w.Write(',');
            w.Write(ReportText.Number(e.Expected)); w.Write(',');
            w.Write(ReportText.PValue(e.PValue)); w.Write(',');
            w.Write(ReportText.PValue(e.QValue)); w.Write(',');
            w.Write(ReportText.Number(e.MeanDtSeconds)); w.Write(',');
            w.Write(e.AFirst); w.Write(',');
            w.Write(e.BFirst); w.Write(',');
            w.Write(ReportText.Number(e.Symmetry)); w.Write(',');
            w.Write(e.A.ClusterId); w.Write(',');
            w.Write(e.B.ClusterId); w.Write(',');
            w.Write(e.EvidenceTotal);
            w.WriteLine();
        }
    }

    /// <summary>"corepost:12;colink:3" — the layer breakdown, objects per behaviour.</summary>
    public static string Behaviours(CoordinationEdge e) => string.Join(';', e.Layers.Select(l => $"{l.Behaviour}:{l.Objects}"));
}
