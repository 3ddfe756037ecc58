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

        // Pairwise evidence of farm pairs on the text layers, before any filter: why the pairwise test cannot see a pool farm.
        var corpus = result.Corpus;
        var postsPerAccount = new int[corpus.AccountCount];
        foreach (var a in corpus.PostAccount) postsPerAccount[a]++;
        var near = new DetectionOptions().NearDuplicateGroups!(corpus);
        var farmPairs = 0;
        foreach (var g in w.Planted.GroupBy(kv => kv.Value)) farmPairs += g.Count() * (g.Count() - 1) / 2;
        foreach (var b in new[] { Behaviour.IdenticalText, Behaviour.NearDuplicateText })
        {
            var table = ActionTableBuilder.Build(corpus, b, near).WithMinParticipation(2);
            var edges = CoordinationDetector.TestLayer(table, new DetectionOptions(), postsPerAccount)
                .Where(e => Role(e.Edge.A) == "farm" && Role(e.Edge.B) == "farm" && w.Planted[corpus.AccountIds[e.Edge.A]] == w.Planted[corpus.AccountIds[e.Edge.B]]).ToList();
            if (edges.Count == 0) { Console.WriteLine($"{BehaviourNames.Name(b)}: no farm pair co-acted"); continue; }
            var weights = edges.Select(e => e.Edge.Weight).Order().ToArray();
            var lambdas = edges.Select(e => e.Expected).Order().ToArray();
            var ps = edges.Select(e => e.PValue).Order().ToArray();
            Console.WriteLine($"{BehaviourNames.Name(b)}: {edges.Count} of {farmPairs} farm pairs co-acted; weight median {weights[weights.Length / 2]}, max {weights[^1]}; " +
                              $"expected median {lambdas[lambdas.Length / 2]:g2}; p median {ps[ps.Length / 2]:g2}, min {ps[0]:g2}; pairs tested on the layer {CoordinationDetector.PairsTested(table):g3}");
        }
        return 0;
    }
}
