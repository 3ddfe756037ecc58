namespace Swarmscope.Detection;

/// <summary>
/// The co-action engine: for every object, actions sorted by time are swept with a two-pointer window; every
/// pair of actions by distinct accounts with |Δt| ≤ window is streamed into a per-edge aggregate. Time is
/// proportional to in-window action pairs, memory to distinct account pairs. Objects are split across threads
/// (each with its own map) and the maps merged.
/// </summary>
public static class CoActionSweep
{
    /// <param name="windowMs">Maximum |Δt| in milliseconds (0 = same millisecond).</param>
    /// <param name="fastWindowMs">Optional faster window counted separately (&lt; 0 = none).</param>
    /// <param name="rowInPair">When given (length = table.Count), set true for every row that is part of an in-window pair.</param>
    public static CoActionEdge[] Run(ActionTable table, long windowMs, long fastWindowMs = -1, int threads = 0, bool[]? rowInPair = null)
    {
        if (windowMs < 0) throw new ArgumentOutOfRangeException(nameof(windowMs));
        var idf = InverseDocumentFrequency(table);
        // Auto mode stays single-threaded on small tables where starting threads costs more than it saves.
        if (threads <= 0) threads = table.Count < 20_000 ? 1 : Math.Min(2, Environment.ProcessorCount);

        var ranges = SplitObjects(table, threads);
        var maps = new EdgeMap[ranges.Length];
        if (ranges.Length == 1)
        {
            maps[0] = SweepRange(table, ranges[0].From, ranges[0].To, windowMs, fastWindowMs, idf, rowInPair);
        }
        else
        {
            Parallel.For(0, ranges.Length, new ParallelOptions { MaxDegreeOfParallelism = threads },
                k => maps[k] = SweepRange(table, ranges[k].From, ranges[k].To, windowMs, fastWindowMs, idf, rowInPair));
        }
        var merged = maps[0];
        for (var k = 1; k < maps.Length; k++)
        {
            foreach (ref var e in maps[k].Entries)
            {
                ref var m = ref merged.GetOrAdd(e.Key);
                // Objects are disjoint between partitions, so per-object counts simply add.
                m.Weight += e.Weight; m.FastWeight += e.FastWeight; m.AFirst += e.AFirst; m.BFirst += e.BFirst;
                m.Pairs += e.Pairs; m.SumAbsDtMs += e.SumAbsDtMs; m.IdfWeight += e.IdfWeight;
            }
        }
        return ToSortedEdges(merged);
    }

    /// <summary>ln(active accounts / distinct accounts on the object): objects everyone touches count for little.</summary>
    public static double[] InverseDocumentFrequency(ActionTable table)
    {
        var perObject = table.DistinctAccountsPerObject();
        var active = new bool[table.AccountCount];
        var n = 0;
        foreach (var a in table.Account) if (!active[a]) { active[a] = true; n++; }
        var idf = new double[table.ObjectCount];
        for (var o = 0; o < idf.Length; o++) idf[o] = perObject[o] == 0 ? 0 : Math.Log((double)n / perObject[o]);
        return idf;
    }

    private static (int From, int To)[] SplitObjects(ActionTable table, int parts)
    {
        if (parts <= 1) return [(0, table.ObjectCount)];
        // Balance by a work estimate: rows per object, so one giant burst does not starve the other thread.
        var total = (long)table.Count;
        var result = new List<(int, int)>();
        var from = 0;
        long acc = 0;
        for (var o = 0; o < table.ObjectCount && result.Count < parts - 1; o++)
        {
            acc += table.ObjectStart[o + 1] - table.ObjectStart[o];
            if (acc * parts >= total * (result.Count + 1)) { result.Add((from, o + 1)); from = o + 1; }
        }
        result.Add((from, table.ObjectCount));
        return result.ToArray();
    }

    private static EdgeMap SweepRange(ActionTable table, int fromObject, int toObject, long window, long fastWindow, double[] idf, bool[]? rowInPair)
    {
        var account = table.Account;
        var time = table.Time;
        var start = table.ObjectStart;
        var ignoreWindow = table.IgnoresWindow;
        var map = new EdgeMap(Math.Max(1024, (start[toObject] - start[fromObject]) / 2));
        for (var o = fromObject; o < toObject; o++)
        {
            int s = start[o], e = start[o + 1];
            if (e - s < 2) continue;
            var lo = s;
            var w = idf[o];
            for (var j = s + 1; j < e; j++)
            {
                var tj = time[j];
                if (!ignoreWindow) while (tj - time[lo] > window) lo++;
                var aj = account[j];
                for (var i = lo; i < j; i++)
                {
                    var ai = account[i];
                    if (ai == aj) continue;
                    var dt = tj - time[i];
                    long key;
                    bool lowerFirst;
                    if (ai < aj) { key = (long)ai << 32 | (uint)aj; lowerFirst = true; }
                    else { key = (long)aj << 32 | (uint)ai; lowerFirst = false; }
                    ref var edge = ref map.GetOrAdd(key);
                    if (edge.LastObject != o) { edge.LastObject = o; edge.Weight++; edge.IdfWeight += w; }
                    if (dt <= fastWindow && edge.LastFastObject != o) { edge.LastFastObject = o; edge.FastWeight++; }
                    edge.Pairs++;
                    edge.SumAbsDtMs += dt;
                    if (dt > 0)
                    {
                        if (lowerFirst) edge.AFirst++; else edge.BFirst++;
                    }
                    if (rowInPair is not null) { rowInPair[i] = true; rowInPair[j] = true; }
                }
            }
        }
        return map;
    }

    private static CoActionEdge[] ToSortedEdges(EdgeMap map)
    {
        var entries = map.Entries;
        var keys = new long[entries.Length];
        var edges = new CoActionEdge[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            ref var e = ref entries[i];
            keys[i] = e.Key;
            edges[i] = new CoActionEdge
            {
                A = (int)(e.Key >> 32), B = (int)(e.Key & 0xFFFFFFFF), Weight = e.Weight, FastWeight = e.FastWeight,
                AFirst = e.AFirst, BFirst = e.BFirst, Pairs = e.Pairs, SumAbsDtMs = e.SumAbsDtMs, IdfWeight = e.IdfWeight,
            };
        }
        Array.Sort(keys, edges);
        return edges;
    }
}
