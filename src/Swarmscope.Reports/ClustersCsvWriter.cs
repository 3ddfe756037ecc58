using Swarmscope.Core.Csv;
using System.Globalization;
using Swarmscope.Core.Findings;

namespace Swarmscope.Reports;

/// <summary>clusters.csv: one row per member; cluster-level columns repeat so the file filters well in a spreadsheet.</summary>
public static class ClustersCsvWriter
{
    public const string Header = "cluster_id,account,account_id,platform,member_rank,cluster_size,density,internal_edges,behaviours,min_q_value,first_post,last_post,cluster_posts";

    public static void Write(DetectionFindings findings, TextWriter w)
    {
        w.WriteLine(Header);
        foreach (var s in findings.Clusters)
        {
            var behaviours = string.Join(';', s.Behaviours.OrderByDescending(b => b.Edges).Select(b => $"{b.Behaviour}:{b.Edges}"));
            for (var r = 0; r < s.Members.Count; r++)
            {
                var a = s.Members[r];
                w.WriteLine(string.Join(',',
                    s.ClusterId.ToString(CultureInfo.InvariantCulture),
                    CsvWriter.TextCell(a.Label),
                    CsvWriter.TextCell(a.AccountId),
                    ReportText.Name(a.Platform),
                    (r + 1).ToString(CultureInfo.InvariantCulture),
                    s.Size.ToString(CultureInfo.InvariantCulture),
                    ReportText.Number(s.Density),
                    s.InternalEdges.ToString(CultureInfo.InvariantCulture),
                    CsvWriter.TextCell(behaviours),
                    ReportText.PValue(s.MinQValue),
                    ReportText.Time(s.FirstPost),
                    ReportText.Time(s.LastPost),
                    s.Posts.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }
}
