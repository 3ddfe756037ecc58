namespace Swarmscope.Detection;

/// <summary>Builds <see cref="ClusterSummary"/> from the fused network, the layer tables and the members' posts.</summary>
internal static class ClusterSummarizer
{
    public static List<ClusterSummary> Summarize(PostCorpus corpus, int[] clusterOfAccount, int clusterCount,
        List<FusedEdge> edges, IReadOnlyList<ActionTable> tables, TimeZoneInfo zone, int topN = 10)
    {
        var members = new List<int>[clusterCount];
        for (var c = 0; c < clusterCount; c++) members[c] = [];
        for (var a = 0; a < clusterOfAccount.Length; a++) if (clusterOfAccount[a] >= 0) members[clusterOfAccount[a]].Add(a);

        var strength = new double[corpus.AccountCount];
        var internalEdges = new int[clusterCount];
        var internalWeight = new double[clusterCount];
        var behaviours = new Dictionary<Behaviour, int>[clusterCount];
        var minQ = new double[clusterCount];
        Array.Fill(minQ, 1.0);
        for (var c = 0; c < clusterCount; c++) behaviours[c] = [];
        foreach (var e in edges)
        {
            var c = clusterOfAccount[e.A];
            if (c < 0 || c != clusterOfAccount[e.B]) continue;
            internalEdges[c]++;
            internalWeight[c] += e.Weight;
            strength[e.A] += e.Weight; strength[e.B] += e.Weight;
            minQ[c] = Math.Min(minQ[c], e.MinQValue);
            foreach (var l in e.Layers) behaviours[c][l.Behaviour] = behaviours[c].GetValueOrDefault(l.Behaviour) + 1;
        }

        var result = new List<ClusterSummary>(clusterCount);
        for (var c = 0; c < clusterCount; c++)
        {
            var ordered = members[c].OrderByDescending(a => strength[a]).ThenBy(a => corpus.AccountLabel(a), StringComparer.Ordinal).ToArray();
            var s = new ClusterSummary { Id = c, Members = ordered, InternalEdges = internalEdges[c], InternalWeight = internalWeight[c], MinQValue = minQ[c] };
            foreach (var (b, n) in behaviours[c]) s.Behaviours[b] = n;
            result.Add(s);
        }

        TopObjects(clusterOfAccount, tables, result, topN);
        PostProfiles(corpus, clusterOfAccount, zone, result, topN);
        return result;
    }

    private static void TopObjects(int[] clusterOfAccount, IReadOnlyList<ActionTable> tables, List<ClusterSummary> clusters, int topN)
    {
        var counts = new Dictionary<(int Cluster, int Layer, int Object), int>();
        var seen = new HashSet<(int Account, int Layer, int Object)>();
        for (var l = 0; l < tables.Count; l++)
        {
            var t = tables[l];
            for (var i = 0; i < t.Count; i++)
            {
                var c = clusterOfAccount[t.Account[i]];
                if (c < 0 || !seen.Add((t.Account[i], l, t.Object[i]))) continue;
                counts[(c, l, t.Object[i])] = counts.GetValueOrDefault((c, l, t.Object[i])) + 1;
            }
        }
        foreach (var group in counts.Where(kv => kv.Value >= 2).GroupBy(kv => kv.Key.Cluster))
        {
            foreach (var kv in group.OrderByDescending(kv => kv.Value).ThenBy(kv => tables[kv.Key.Layer].ObjectKeys[kv.Key.Object], StringComparer.Ordinal).Take(topN))
                clusters[group.Key].TopObjects.Add((tables[kv.Key.Layer].Behaviour, tables[kv.Key.Layer].ObjectKeys[kv.Key.Object], kv.Value));
        }
    }

    private static void PostProfiles(PostCorpus corpus, int[] clusterOfAccount, TimeZoneInfo zone, List<ClusterSummary> clusters, int topN)
    {
        var texts = new Dictionary<(int Cluster, string Key), (string Text, HashSet<int> Members)>();
        for (var i = 0; i < corpus.Posts.Length; i++)
        {
            var a = corpus.PostAccount[i];
            var c = clusterOfAccount[a];
            if (c < 0) continue;
            var p = corpus.Posts[i];
            var s = clusters[c];
            var utc = p.Time.Utc;
            s.Posts++;
            if (s.FirstPost is null || utc < s.FirstPost) s.FirstPost = utc;
            if (s.LastPost is null || utc > s.LastPost) s.LastPost = utc;
            var local = TimeZoneInfo.ConvertTime(utc, zone);
            s.HourOfDay[local.Hour]++;
            s.DayOfWeek[((int)local.DayOfWeek + 6) % 7]++;
            s.Platforms[p.Platform] = s.Platforms.GetValueOrDefault(p.Platform) + 1;
            if (TextKey.Of(p.Text) is { } key)
            {
                if (!texts.TryGetValue((c, key), out var entry)) texts[(c, key)] = entry = (p.Text!, []);
                entry.Members.Add(a);
            }
        }
        foreach (var group in texts.Where(kv => kv.Value.Members.Count >= 2).GroupBy(kv => kv.Key.Cluster))
        {
            foreach (var kv in group.OrderByDescending(kv => kv.Value.Members.Count).ThenBy(kv => kv.Key.Key, StringComparer.Ordinal).Take(topN))
                clusters[group.Key].TopTexts.Add((kv.Value.Text, kv.Value.Members.Count));
        }
    }
}
