using Swarmscope.Detection;

namespace Swarmscope.Reports;

/// <summary>The accounts of the fused network with their degree and strength, shared by the graph writers.</summary>
internal sealed class NetworkNodes
{
    public List<int> Accounts { get; } = [];
    public Dictionary<int, int> Index { get; } = [];
    public int[] Degree = [];
    public double[] Strength = [];

    public NetworkNodes(DetectionResult result)
    {
        foreach (var e in result.Edges)
        {
            foreach (var a in new[] { e.A, e.B })
                if (!Index.ContainsKey(a)) { Index[a] = Accounts.Count; Accounts.Add(a); }
        }
        Degree = new int[Accounts.Count];
        Strength = new double[Accounts.Count];
        foreach (var e in result.Edges)
        {
            Degree[Index[e.A]]++; Degree[Index[e.B]]++;
            Strength[Index[e.A]] += e.Weight; Strength[Index[e.B]] += e.Weight;
        }
    }
}
