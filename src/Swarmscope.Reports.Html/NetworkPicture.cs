namespace Swarmscope.Reports.Html;

/// <summary>Where each account of the network is drawn, its colour (cluster) and size (links), computed once per report.</summary>
internal sealed class NetworkPicture
{
    public float[] X { get; }
    public float[] Y { get; }
    public int[] Colour { get; }
    public float[] Size { get; }

    public NetworkPicture(InvestigationReport report, int seed)
    {
        var n = report.Accounts.Count;
        (X, Y) = ForceAtlas2Layout.Compute(n, report.Edges, seed, groups: report.Accounts.Select(a => a.Cluster).ToArray());
        Colour = new int[n];
        Size = new float[n];
        for (var i = 0; i < n; i++)
        {
            var a = report.Accounts[i];
            Colour[i] = a.Cluster;
            Size[i] = (float)Math.Round(Math.Min(14, 3 + 1.6 * Math.Sqrt(a.Degree)), 1);
        }
    }
}
