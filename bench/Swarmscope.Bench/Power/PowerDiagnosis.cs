using Swarmscope.Detection;

namespace Swarmscope.Bench.Power;

/// <summary>`bench power-diagnose [--seed N]`: in one base world of `power`, which layers link which kinds of accounts (farm, fan, news ring, greeter, organic).</summary>
public static class PowerDiagnosis
{
    public static int Run(string[] args)
    {
        var seed = args.Length > 1 && args[0] == "--seed" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1;
        var w = SimulatedWorldSample.Create(PowerBenchmark.BaseWorld(1500, 30_000) with { Seed = seed, Farms = PowerBenchmark.BaseFarm });
        var result = CoordinationDetector.Detect(w.Posts, new DetectionOptions());
        string Role(int a)
        {
            var id = result.Corpus.AccountIds[a];
            return w.Planted.TryGetValue(id, out var g) ? g.Split('-')[0] : w.LookAlikes.TryGetValue(id, out var r) ? r : "organic";
        }
        Console.WriteLine($"edge-level FDR used: {result.EdgeAlpha:g3}");
        foreach (var (b, actions, tested, kept) in result.Layers) Console.WriteLine($"{BehaviourNames.Name(b),-16} {actions,8} actions {tested,8} tested {kept,6} kept");
        var byLayerRole = new Dictionary<(string Layer, string Roles), (int Count, double MinP, int MaxWeight)>();
        foreach (var e in result.Edges)
        foreach (var l in e.Layers)
        {
            var key = (BehaviourNames.Name(l.Behaviour), string.Join("+", new[] { Role(e.A), Role(e.B) }.Order()));
            var v = byLayerRole.TryGetValue(key, out var old) ? old : (Count: 0, MinP: 1.0, MaxWeight: 0);
            byLayerRole[key] = (v.Count + 1, Math.Min(v.MinP, l.PValue), Math.Max(v.MaxWeight, l.Edge.Weight));
        }
        foreach (var ((layer, roles), v) in byLayerRole.OrderBy(kv => kv.Key))
            Console.WriteLine($"{layer,-16} {roles,-20} {v.Count,6} edges, min p {v.MinP:g2}, max weight {v.MaxWeight}");
        Console.WriteLine("flagged: " + string.Join(", ", result.FlaggedAccounts().GroupBy(Role).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        return 0;
    }
}
