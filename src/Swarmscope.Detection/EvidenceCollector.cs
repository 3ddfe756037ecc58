namespace Swarmscope.Detection;

/// <summary>
/// Second pass over a layer: re-sweeps the objects and records, for kept edges only, the pairs of posts that made
/// them (up to a cap per edge, with the total).
/// </summary>
public static class EvidenceCollector
{
    public static void Collect(ActionTable table, long windowMs, Dictionary<long, FusedEdge> edges, int capPerEdge)
    {
        var account = table.Account;
        var time = table.Time;
        for (var o = 0; o < table.ObjectCount; o++)
        {
            int s = table.ObjectStart[o], e = table.ObjectStart[o + 1];
            if (e - s < 2) continue;
            var lo = s;
            for (var j = s + 1; j < e; j++)
            {
                if (!table.IgnoresWindow) while (time[j] - time[lo] > windowMs) lo++;
                var aj = account[j];
                for (var i = lo; i < j; i++)
                {
                    var ai = account[i];
                    if (ai == aj) continue;
                    var key = ai < aj ? (long)ai << 32 | (uint)aj : (long)aj << 32 | (uint)ai;
                    if (!edges.TryGetValue(key, out var edge)) continue;
                    var layerKept = false;
                    foreach (var l in edge.Layers) if (l.Behaviour == table.Behaviour) { layerKept = true; break; }
                    if (!layerKept) continue;
                    edge.EvidenceTotal++;
                    if (edge.Evidence.Count >= capPerEdge) continue;
                    // PostA is always account A's post, so readers need not guess the direction.
                    var (pa, pb) = ai == edge.A ? (table.Post[i], table.Post[j]) : (table.Post[j], table.Post[i]);
                    edge.Evidence.Add(new EvidenceItem(table.Behaviour, table.ObjectKeys[o], pa, pb, time[j] - time[i]));
                }
            }
        }
    }
}
