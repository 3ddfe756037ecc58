using Swarmscope.Core.Findings;
using Swarmscope.Signals;
using StoredScore = Swarmscope.Core.Findings.ScoredAccount;

namespace Swarmscope.Investigations;

/// <summary>
/// Where Signals' scores become the stored findings model, and stored clusters become Signals' cluster input, so
/// Storage never sees Signals' types.
/// </summary>
internal static class ScoreFindingsMap
{
    /// <param name="sorted">Scores, highest first.</param>
    public static ScoreFindings From(IReadOnlyList<AccountScore> sorted, IReadOnlyDictionary<AccountSignals, double>? unsupervised, IReadOnlyList<FarmAssessment> farms)
    {
        var accounts = new List<StoredScore>(sorted.Count);
        foreach (var s in sorted)
        {
            var a = s.Account;
            accounts.Add(new StoredScore
            {
                Platform = a.Platform, AccountId = a.AccountId, Handle = a.Handle, Rank = accounts.Count + 1, Score = s.Score,
                UnsupervisedScore = unsupervised is not null && unsupervised.TryGetValue(a, out var u) ? u : null,
                Signals = a.All().Select(v => new SignalReading(v.Name, v.Value, v.Reason)).ToList(),
                Reasons = s.Reasons.Select(r => new ScoreReasonFinding(r.Signal, r.Contribution, r.Text)).ToList(),
            });
        }
        return new ScoreFindings
        {
            Accounts = accounts,
            Farms = farms.Select(f => new FarmFinding(f.ClusterId, f.Likelihood, f.Members, f.MembersScored, f.MeanMemberPercentile, f.CoordinationStrength, f.Reasons)).ToList(),
        };
    }

    /// <summary>A stored detection run's clusters as the farm-likelihood input: members by account id, density as strength, behaviours as evidence.</summary>
    public static List<ClusterEvidence> Clusters(DetectionFindings findings) =>
        findings.Clusters.Select(c => new ClusterEvidence(
            c.ClusterId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            c.Members.Select(m => m.AccountId).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            c.Density,
            string.Join(';', c.Behaviours.OrderByDescending(b => b.Edges).Select(b => $"{b.Behaviour}:{b.Edges}")))).ToList();
}
