using Swarmscope.Core.Statistics;

namespace Swarmscope.Signals;

/// <summary>
/// The label-free score: each scored signal becomes a z — a robust z-score against the data set's own distribution,
/// or for a tested signal the normal quantile of its p-value when significant (<see cref="SignalScale.Test"/>) — turned so that positive means "more
/// suspicious", clipped to [0, 6] (only the suspicious side counts, and no single signal can dominate), and combined
/// Stouffer-style as Σz / √(number of known signals). Unknown signals contribute nothing and do not count as known.
/// </summary>
public sealed class RobustScorer
{
    public const double ZCap = 6;
    private readonly SignalStatistics[] _stats;
    private readonly bool[] _used;

    private RobustScorer(SignalStatistics[] stats, bool[] used)
    {
        _stats = stats;
        _used = used;
    }

    public IReadOnlyList<SignalStatistics> Statistics => _stats;

    /// <summary>Fits the per-signal statistics on <paramref name="table"/>; <paramref name="excluded"/> names signals to leave out.</summary>
    public static RobustScorer Fit(SignalTable table, IReadOnlyCollection<string>? excluded = null)
    {
        var count = SignalCatalog.Count;
        var stats = new SignalStatistics[count];
        var used = new bool[count];
        var column = new double[table.Count];
        for (var s = 0; s < count; s++)
        {
            var def = SignalCatalog.All[s];
            if (!def.Scored || excluded is not null && excluded.Contains(def.Name, StringComparer.OrdinalIgnoreCase)) continue;
            for (var i = 0; i < table.Count; i++) column[i] = table.Accounts[i].Values[s];
            stats[s] = def.Scale switch
            {
                SignalScale.Test => new SignalStatistics(0, 1, Known(column)),
                _ => SignalStatistics.Fit(column),
            };
            used[s] = stats[s].Known > 0 && stats[s].Scale > 1e-12;
        }
        return new RobustScorer(stats, used);
    }

    /// <summary>The oriented, clipped z of signal <paramref name="s"/> (NaN when unknown or unused).</summary>
    public double OrientedZ(AccountSignals account, int s)
    {
        if (!_used[s]) return double.NaN;
        var v = account.Values[s];
        if (double.IsNaN(v)) return double.NaN;
        if (SignalCatalog.All[s].Scale == SignalScale.Test)
        {
            // The p-value is one-sided towards suspicion already; an untested value (NaN p) counts as not significant.
            var p = account.PValues[s];
            return p < SignalCatalog.Significance ? Math.Min(NormalDistribution.UpperQuantile(p), ZCap) : 0;
        }
        var z = _stats[s].Z(v);
        if (SignalCatalog.All[s].Direction == SignalDirection.LowerIsSuspicious) z = -z;
        return Math.Clamp(z, 0, ZCap);
    }

    private static int Known(double[] column)
    {
        var n = 0;
        foreach (var v in column) if (!double.IsNaN(v)) n++;
        return n;
    }

    public AccountScore Score(AccountSignals account)
    {
        double sum = 0;
        var known = 0;
        List<ScoreReason>? reasons = null;
        for (var s = 0; s < _stats.Length; s++)
        {
            var z = OrientedZ(account, s);
            if (double.IsNaN(z)) continue;
            known++;
            sum += z;
            if (z >= 1)
            {
                var def = SignalCatalog.All[s];
                var text = account.Reasons[s] ?? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{def.Name} = {account.Values[s]:0.###}");
                (reasons ??= []).Add(new ScoreReason(def.Name, z, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{text} (z {z:0.0})")));
            }
        }
        var score = known == 0 ? 0 : sum / Math.Sqrt(known);
        reasons?.Sort((a, b) => b.Contribution.CompareTo(a.Contribution));
        return new AccountScore(account, score, (IReadOnlyList<ScoreReason>?)reasons ?? []);
    }

    public List<AccountScore> ScoreAll(SignalTable table)
    {
        var result = new List<AccountScore>(table.Count);
        foreach (var a in table.Accounts) result.Add(Score(a));
        result.Sort((a, b) => b.Score.CompareTo(a.Score));
        return result;
    }
}
