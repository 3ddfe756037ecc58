using System.Globalization;
using Swarmscope.Core.Csv;
using Swarmscope.Detection;

namespace Swarmscope.Reports;

/// <summary>clusters.csv: one row per member; cluster-level columns repeat so the file filters well in a spreadsheet.</summary>
public static class ClustersCsvWriter
{
    public const string Header = "cluster_id,account,account_id,platform,member_rank,cluster_size,density,internal_edges,behaviours,min_q_value,first_post,last_post,cluster_posts";

    public static void Write(DetectionResult result, TextWriter w)
    {
        var c = result.Corpus;
        w.WriteLine(Header);
        foreach (var s in result.Clusters)
        {
            var behaviours = string.Join(';', s.Behaviours.OrderByDescending(kv => kv.Value).Select(kv => $"{BehaviourNames.Name(kv.Key)}:{kv.Value}"));
            for (var r = 0; r < s.Members.Length; r++)
            {
                var a = s.Members[r];
                w.WriteLine(string.Join(',',
                    s.Id.ToString(CultureInfo.InvariantCulture),
                    CsvWriter.TextCell(c.AccountLabel(a)),
                    CsvWriter.TextCell(c.AccountIds[a]),
                    c.AccountPlatforms[a].ToString().ToLowerInvariant(),
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
