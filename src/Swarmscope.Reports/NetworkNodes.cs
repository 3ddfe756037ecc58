using Swarmscope.Core.Findings;

namespace Swarmscope.Reports;

/// <summary>The accounts of the fused network in order of first appearance (strongest edge first), with degree and strength.</summary>
internal sealed class NetworkNodes
{
    public List<FindingAccount> Accounts { get; } = [];
    public Dictionary<(Core.Platform, string), int> Index { get; } = [];
    public int[] Degree = [];
    public double[] Strength = [];

    public NetworkNodes(DetectionFindings findings)
    {
        foreach (var e in findings.Edges)
        {
            foreach (var a in new[] { e.A, e.B })
                if (Index.TryAdd(Key(a), Accounts.Count)) Accounts.Add(a);
        }
        Degree = new int[Accounts.Count];
        Strength = new double[Accounts.Count];
        foreach (var e in findings.Edges)
        {
            int a = Of(e.A), b = Of(e.B);
            Degree[a]++; Degree[b]++;
            Strength[a] += e.Weight; Strength[b] += e.Weight;
        }
    }

    public int Of(FindingAccount account) => Index[Key(account)];

    private static (Core.Platform, string) Key(FindingAccount a) => (a.Platform, a.AccountId);
}
