using System.Globalization;
using Swarmscope.Core.Csv;

namespace Swarmscope.Signals;

/// <summary>Writes accounts.csv: account, platform, account_id, score, [unsupervised_score], every signal, reasons; rows sorted by score descending.</summary>
public static class AccountScoreCsv
{
    public static void Write(TextWriter writer, IReadOnlyList<AccountScore> sorted, IReadOnlyDictionary<AccountSignals, double>? unsupervised = null)
    {
        var ci = CultureInfo.InvariantCulture;
        var csv = new CsvWriter(writer);
        csv.Value("account").Value("platform").Value("account_id").Value("score");
        if (unsupervised is not null) csv.Value("unsupervised_score");
        foreach (var d in SignalCatalog.All) csv.Value(d.Name);
        csv.Value("reasons").EndRecord();
        foreach (var s in sorted)
        {
            var a = s.Account;
            csv.Text(a.Label).Value(a.Platform.ToString().ToLowerInvariant()).Text(a.AccountId).Value(s.Score.ToString("0.####", ci));
            if (unsupervised is not null) csv.Value(unsupervised.TryGetValue(a, out var u) ? u.ToString("0.####", ci) : null);
            foreach (var v in a.Values) csv.Value(double.IsNaN(v) ? null : v.ToString("0.####", ci)); // empty cell = unknown
            csv.Text(s.ReasonText()).EndRecord();
        }
    }

    public static void WriteFarms(TextWriter writer, IReadOnlyList<FarmAssessment> farms)
    {
        var ci = CultureInfo.InvariantCulture;
        var csv = new CsvWriter(writer);
        csv.Header("cluster_id", "farm_likelihood", "members", "members_scored", "mean_member_percentile", "coordination_strength", "reasons");
        foreach (var f in farms)
            csv.Text(f.ClusterId).Value(f.Likelihood.ToString("0.####", ci)).Value(f.Members).Value(f.MembersScored)
                .Value(f.MeanMemberPercentile.ToString("0.####", ci)).Value(f.CoordinationStrength.ToString("0.####", ci)).Text(f.Reasons).EndRecord();
    }
}
