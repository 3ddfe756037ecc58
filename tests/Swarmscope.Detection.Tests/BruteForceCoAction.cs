namespace Swarmscope.Detection.Tests;

/// <summary>
/// The O(n²) reference: every pair of rows, plain loops, sets of objects. Independent of the sweep's sorting,
/// windowing and hashing; the fast engine must agree with it exactly.
/// </summary>
internal static class BruteForceCoAction
{
    public sealed class Edge
    {
        public HashSet<int> Objects = [];
        public HashSet<int> FastObjects = [];
        public long AFirst, BFirst, Pairs, SumAbsDt;
    }

    public static SortedDictionary<(int, int), Edge> Run(ActionTable table, long window, long fastWindow)
    {
        var result = new SortedDictionary<(int, int), Edge>();
        var n = table.Count;
        for (var i = 0; i < n; i++)
        for (var j = i + 1; j < n; j++)
        {
            if (table.Object[i] != table.Object[j]) continue;
            var ai = table.Account[i];
            var aj = table.Account[j];
            if (ai == aj) continue;
            var dt = Math.Abs(table.Time[i] - table.Time[j]);
            if (!table.IgnoresWindow && dt > window) continue;
            var a = Math.Min(ai, aj);
            var b = Math.Max(ai, aj);
            if (!result.TryGetValue((a, b), out var e)) result[(a, b)] = e = new Edge();
            e.Objects.Add(table.Object[i]);
            if (dt <= fastWindow) e.FastObjects.Add(table.Object[i]);
            e.Pairs++;
            e.SumAbsDt += dt;
            var first = table.Time[i] < table.Time[j] ? ai : table.Time[j] < table.Time[i] ? aj : -1;
            if (first == a) e.AFirst++;
            else if (first == b) e.BFirst++;
        }
        return result;
    }
}
