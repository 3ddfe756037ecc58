using System.Diagnostics;
using Swarmscope.Core;
using Swarmscope.Detection;

namespace Swarmscope.Bench;

/// <summary>
/// Co-repost network over synthetic repost actions: `bench corepost [--actions 1000000,10000000] [--window 10s]`.
/// Object popularity is Zipf-like (heavy-tailed: a few originals get a large share of reposts); each original's reposts
/// arrive with exponential delays whose spread grows with its popularity (viral posts keep being shared for longer;
/// at most ~500 reposts per hour per original),
/// so the number of in-window pairs stays proportional to actions, as on real platforms. Timed: building the
/// columnar action table (sort by object and time) and the co-action sweep on both cores; then the null-model
/// p-values for every edge.
/// </summary>
public static class CoRepostBenchmark
{
    public static int Run(string[] args)
    {
        var sizes = new List<int> { 1_000_000, 10_000_000 };
        long window = 10_000;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--actions") sizes = args[i + 1].Split(',').Select(int.Parse).ToList();
            if (args[i] == "--window" && !Duration.TryParseMilliseconds(args[i + 1], out window)) { Console.WriteLine("bad --window"); return 2; }
        }
        Console.WriteLine($"co-repost network, window {Duration.Format(window)}, {Environment.ProcessorCount} cores");
        foreach (var n in sizes) RunOne(n, window);
        return 0;
    }

    private static void RunOne(int actions, long window)
    {
        var (account, obj, time, post, keys, accounts) = Generate(actions, seed: 7);
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var table = ActionTable.Build(Behaviour.CoRepost, actions, account, obj, time, post, keys, accounts);
        var built = clock.Elapsed.TotalSeconds;
        var edges = CoActionSweep.Run(table, window);
        var network = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var nullModel = new CoActionNull(table, window);
        var significant = 0;
        foreach (var e in edges) if (nullModel.PValue(e.A, e.B, e.Weight) < 1e-6) significant++;
        var total = clock.Elapsed.TotalSeconds;
        long pairs = 0;
        foreach (var e in edges) pairs += e.Pairs;
        Process.GetCurrentProcess().Refresh();
        Console.WriteLine($"{actions,12:N0} actions, {keys.Length:N0} objects, {accounts:N0} accounts: {pairs:N0} in-window pairs, {edges.Length:N0} edges");
        // CPU seconds are reported beside wall-clock seconds because the benchmark machine is shared: on a loaded
        // machine wall time measures the queue, CPU time the work.
        Console.WriteLine($"    table {built:0.00} s, co-repost network {network:0.00} s wall / {cpu:0.00} s CPU (table + sweep), with p-values {total:0.00} s; " +
                          $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024 * 1024):0.00} GB; {significant:N0} edges with p < 1e-6");
    }

    private static (int[] Account, int[] Object, long[] Time, int[] Post, string[] Keys, int Accounts) Generate(int n, int seed)
    {
        var r = new Random(seed);
        var objects = Math.Max(10, n / 10);
        var accounts = Math.Max(10, n / 20);
        var keys = new string[objects];
        var start = new long[objects];
        const long month = 30L * 86_400_000;
        for (var o = 0; o < objects; o++) { keys[o] = "o" + o; start[o] = r.NextInt64(0, month); }
        // Zipf(1) popularity by inverse CDF over ranks; spread per object from its expected share.
        // Inverse CDF of the continuous density ∝ 1/(1+x) on [0, objects): rank = (objects+1)^U − 1.
        var harmonic = Math.Log(objects + 1.0);
        var account = new int[n]; var obj = new int[n]; var time = new long[n]; var post = new int[n];
        for (var i = 0; i < n; i++)
        {
            var o = Math.Min(objects - 1, (int)(Math.Exp(r.NextDouble() * harmonic) - 1));
            var expected = n / harmonic / (o + 1);
            var spread = 3_600_000.0 * Math.Max(1.0, expected / 500.0);
            obj[i] = o;
            time[i] = start[o] + (long)(-Math.Log(1 - r.NextDouble()) * spread);
            // Active accounts repost more: a heavy tail on the account side too.
            account[i] = (int)Math.Min(accounts - 1, Math.Exp(r.NextDouble() * Math.Log(accounts)) - 1);
            post[i] = i;
        }
        return (account, obj, time, post, keys, accounts);
    }
}
