using System.Globalization;

namespace Swarmscope.Signals;

/// <summary>
/// Reads clusters from a CSV: one row per member (`cluster_id,account,...` as the detection engine writes
/// clusters.csv) or one row per cluster with a space-separated `members` column. Optional columns: `density` or
/// `strength` (coordination strength 0-1), `evidence`/`behaviours`/`summary` (text shown in the reasons).
/// </summary>
public static class ClusterEvidenceCsv
{
    private static readonly string[] ClusterColumns = ["cluster_id", "cluster"];
    private static readonly string[] MemberColumns = ["account", "account_id", "member", "handle"];
    private static readonly string[] StrengthColumns = ["strength", "coordination_strength", "density"];
    private static readonly string[] EvidenceColumns = ["evidence", "behaviours", "summary"];

    public static List<ClusterEvidence> Read(string path)
    {
        using var reader = new StreamReader(path);
        int cluster = -1, member = -1, members = -1, strength = -1, evidence = -1;
        var order = new List<string>();
        var memberLists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var strengths = new Dictionary<string, double>(StringComparer.Ordinal);
        var evidences = new Dictionary<string, string>(StringComparer.Ordinal);
        var header = true;
        foreach (var (line, f) in CsvText.Read(reader))
        {
            if (header)
            {
                var names = f.Select(h => h.Trim().ToLowerInvariant()).ToList();
                cluster = Find(names, ClusterColumns);
                member = Find(names, MemberColumns);
                members = names.IndexOf("members");
                strength = Find(names, StrengthColumns);
                evidence = Find(names, EvidenceColumns);
                if (cluster < 0 || member < 0 && members < 0)
                    throw new InvalidDataException($"{path}:1: clusters file needs a 'cluster_id' column and an 'account' (one row per member) or 'members' column; found: {string.Join(",", names)}");
                header = false;
                continue;
            }
            if (f.Count == 1 && f[0].Length == 0) continue;
            string Field(int i, string name) => i < f.Count ? f[i].Trim() : throw new InvalidDataException($"{path}:{line}: field '{name}' missing (row has {f.Count} fields)");
            var id = Field(cluster, "cluster_id");
            if (!memberLists.TryGetValue(id, out var list)) { memberLists[id] = list = []; order.Add(id); }
            if (member >= 0 && Field(member, "account") is { Length: > 0 } m) list.Add(m);
            if (members >= 0) list.AddRange(Field(members, "members").Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (strength >= 0 && Field(strength, "strength") is { Length: > 0 } s)
            {
                if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || v < 0 || double.IsNaN(v))
                    throw new InvalidDataException($"{path}:{line}: field 'strength' must be a non-negative number, got '{s}'");
                strengths[id] = v;
            }
            if (evidence >= 0 && Field(evidence, "evidence") is { Length: > 0 } e) evidences.TryAdd(id, e);
        }
        return order.Select(id => new ClusterEvidence(id, memberLists[id].Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            strengths.TryGetValue(id, out var s) ? s : null, evidences.GetValueOrDefault(id))).ToList();
    }

    private static int Find(List<string> names, string[] candidates)
    {
        foreach (var c in candidates) { var i = names.IndexOf(c); if (i >= 0) return i; }
        return -1;
    }
}
