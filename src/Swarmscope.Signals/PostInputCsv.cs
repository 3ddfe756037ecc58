using Swarmscope.Core;
using Swarmscope.Core.Csv;

namespace Swarmscope.Signals;

/// <summary>
/// Other analyses' per-post results as CSV: near-duplicate groups (`post_id` and `group_id`/`group`/`cluster_id`;
/// group ids may be any text) and post ids inside coordinated bursts (a `post_id` column). Other columns are ignored.
/// Cells Swarmscope wrote are read back exactly (<see cref="CsvReader.GetText"/>).
/// </summary>
public static class PostInputCsv
{
    private static readonly string[] GroupColumns = ["group_id", "group", "cluster_id"];

    public static Dictionary<string, int> ReadGroups(string path)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupIds = new Dictionary<string, int>(StringComparer.Ordinal);
        using var csv = new CsvReader(File.OpenRead(path), ownsStream: true);
        if (!csv.Read()) return result;
        var header = Header(csv, path);
        var post = header["post_id"];
        var group = GroupColumns.Select(n => header[n]).FirstOrDefault(i => i >= 0, -1);
        if (post < 0 || group < 0)
            throw new InvalidDataException($"{path}:1: near-duplicate file needs 'post_id' and 'group_id' columns; found: {SafeText.Terminal(string.Join(",", header.Names), 200)}");
        while (csv.Read())
        {
            if (csv.FieldCount <= Math.Max(post, group))
                throw new InvalidDataException($"{path}:{csv.LineNumber}: field '{(csv.FieldCount <= post ? "post_id" : "group_id")}' missing (row has {csv.FieldCount} fields)");
            var id = csv.GetText(post).Trim();
            var g = csv.GetText(group).Trim();
            if (id.Length == 0 || g.Length == 0) continue;
            if (!groupIds.TryGetValue(g, out var gi)) groupIds[g] = gi = groupIds.Count;
            result[id] = gi;
        }
        return result;
    }

    public static HashSet<string> ReadPostIds(string path)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        using var csv = new CsvReader(File.OpenRead(path), ownsStream: true);
        if (!csv.Read()) return result;
        var post = Header(csv, path)["post_id"];
        if (post < 0) throw new InvalidDataException($"{path}:1: burst file needs a 'post_id' column");
        while (csv.Read())
        {
            if (csv.FieldCount <= post) throw new InvalidDataException($"{path}:{csv.LineNumber}: field 'post_id' missing (row has {csv.FieldCount} fields)");
            if (csv.GetText(post).Trim() is { Length: > 0 } id) result.Add(id);
        }
        return result;
    }

    private static CsvHeader Header(CsvReader csv, string path)
    {
        var header = CsvHeader.From(csv);
        return header.DuplicatesProblem() is { } duplicates ? throw new InvalidDataException($"{path}:1: {duplicates}") : header;
    }
}
