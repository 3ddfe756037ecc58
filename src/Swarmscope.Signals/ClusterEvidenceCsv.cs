using System.Globalization;
using Swarmscope.Core;
using Swarmscope.Core.Csv;

namespace Swarmscope.Signals;

/// <summary>
/// Reads clusters from a CSV: one row per member (`cluster_id,account,account_id,...` as the detection engine writes
/// clusters.csv) or one row per cluster with a space-separated `members` column. Optional columns: `density` or
/// `strength` (coordination strength 0-1), `evidence`/`behaviours`/`summary` (text shown in the reasons).
/// </summary>
public static class ClusterEvidenceCsv
{
    private static readonly string[] ClusterColumns = ["cluster_id", "cluster"];
    // The account id first: it is what the store matches exactly (a handle may be missing, renamed or shared).
    private static readonly string[] MemberColumns = ["account_id", "account", "member", "handle"];
    private static readonly string[] StrengthColumns = ["strength", "coordination_strength", "density"];
    private static readonly string[] EvidenceColumns = ["evidence", "behaviours", "summary"];

    public static List<ClusterEvidence> Read(string path)
    {
        using var csv = new CsvReader(File.OpenRead(path), ownsStream: true);
        var order = new List<string>();
        var memberLists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var strengths = new Dictionary<string, double>(StringComparer.Ordinal);
        var evidences = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!csv.Read()) return [];
        var header = CsvHeader.From(csv);
        if (header.DuplicatesProblem() is { } duplicates) throw new InvalidDataException($"{path}:1: {duplicates}");
        var cluster = Find(header, ClusterColumns);
        var member = Find(header, MemberColumns);
        var members = header["members"];
        var strength = Find(header, StrengthColumns);
        var evidence = Find(header, EvidenceColumns);
        if (cluster < 0 || member < 0 && members < 0)
            throw new InvalidDataException($"{path}:1: clusters file needs a 'cluster_id' column and an 'account_id' or 'account' (one row per member) or 'members' column; found: {SafeText.Terminal(string.Join(",", header.Names), 200)}");
        while (csv.Read())
        {
            var line = csv.LineNumber;
            // Swarmscope's own clusters.csv is read back exactly: formula neutralisation is undone (GetText).
            string Field(int i, string name) => i < csv.FieldCount ? csv.GetText(i).Trim() : throw new InvalidDataException($"{path}:{line}: field '{name}' missing (row has {csv.FieldCount} fields)");
            var id = Field(cluster, "cluster_id");
            if (!memberLists.TryGetValue(id, out var list)) { memberLists[id] = list = []; order.Add(id); }
            if (member >= 0 && Field(member, header.Names[member]) is { Length: > 0 } m) list.Add(m);
            if (members >= 0) list.AddRange(Field(members, "members").Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (strength >= 0 && Field(strength, "strength") is { Length: > 0 } s)
            {
                if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || v < 0 || double.IsNaN(v))
                    throw new InvalidDataException($"{path}:{line}: field 'strength' must be a non-negative number, got '{SafeText.Terminal(s, 40)}'");
                strengths[id] = v;
            }
            if (evidence >= 0 && Field(evidence, "evidence") is { Length: > 0 } e) evidences.TryAdd(id, e);
        }
        return order.Select(id => new ClusterEvidence(id, memberLists[id].Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            strengths.TryGetValue(id, out var s) ? s : null, evidences.GetValueOrDefault(id))).ToList();
    }

    private static int Find(CsvHeader header, string[] candidates)
    {
        foreach (var c in candidates) { var i = header[c]; if (i >= 0) return i; }
        return -1;
    }
}
