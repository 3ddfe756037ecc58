using System.Globalization;

namespace Swarmscope.Signals;

/// <summary>Writes accounts.csv: account, platform, account_id, score, [unsupervised_score], every signal, reasons; rows sorted by score descending.</summary>
public static class AccountScoreCsv
{
    public static void Write(TextWriter writer, IReadOnlyList<AccountScore> sorted, IReadOnlyDictionary<AccountSignals, double>? unsupervised = null)
    {
        var ci = CultureInfo.InvariantCulture;
        writer.Write("account,platform,account_id,score");
        if (unsupervised is not null) writer.Write(",unsupervised_score");
        foreach (var d in SignalCatalog.All) { writer.Write(','); writer.Write(d.Name); }
        writer.Write(",reasons\n");
        foreach (var s in sorted)
        {
            var a = s.Account;
            writer.Write(CsvText.Cell(a.Label));
            writer.Write(',');
            writer.Write(a.Platform.ToString().ToLowerInvariant());
            writer.Write(',');
            writer.Write(CsvText.Cell(a.AccountId));
            writer.Write(',');
            writer.Write(s.Score.ToString("0.####", ci));
            if (unsupervised is not null)
            {
                writer.Write(',');
                writer.Write(unsupervised.TryGetValue(a, out var u) ? u.ToString("0.####", ci) : "");
            }
            foreach (var v in a.Values)
            {
                writer.Write(',');
                if (!double.IsNaN(v)) writer.Write(v.ToString("0.####", ci)); // empty cell = unknown
            }
            writer.Write(',');
            writer.Write(CsvText.Cell(s.ReasonText()));
            writer.Write('\n');
        }
    }

    public static void WriteFarms(TextWriter writer, IReadOnlyList<FarmAssessment> farms)
    {
        var ci = CultureInfo.InvariantCulture;
        writer.Write("cluster_id,farm_likelihood,members,members_scored,mean_member_percentile,coordination_strength,reasons\n");
        foreach (var f in farms)
            writer.Write(string.Create(ci, $"{CsvText.Cell(f.ClusterId)},{f.Likelihood:0.####},{f.Members},{f.MembersScored},{f.MeanMemberPercentile:0.####},{f.CoordinationStrength:0.####},{CsvText.Cell(f.Reasons)}\n"));
    }
}
