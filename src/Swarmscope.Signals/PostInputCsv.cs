namespace Swarmscope.Signals;

/// <summary>
/// Other analyses' per-post results as CSV: near-duplicate groups (`post_id` and `group_id`/`group`/`cluster_id`;
/// group ids may be any text) and post ids inside coordinated bursts (a `post_id` column). Other columns are ignored.
/// </summary>
public static class PostInputCsv
{
    public static Dictionary<string, int> ReadGroups(string path)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupIds = new Dictionary<string, int>(StringComparer.Ordinal);
        int post = -1, group = -1;
        using var reader = new StreamReader(path);
        var header = true;
        foreach (var (line, f) in CsvText.Read(reader))
        {
            if (header)
            {
                var names = f.Select(h => h.Trim().ToLowerInvariant()).ToList();
                post = names.IndexOf("post_id");
                group = new[] { "group_id", "group", "cluster_id" }.Select(n => names.IndexOf(n)).FirstOrDefault(i => i >= 0, -1);
                if (post < 0 || group < 0) throw new InvalidDataException($"{path}:1: near-duplicate file needs 'post_id' and 'group_id' columns; found: {string.Join(",", names)}");
                header = false;
                continue;
            }
            if (f.Count == 1 && f[0].Length == 0) continue;
            if (f.Count <= Math.Max(post, group)) throw new InvalidDataException($"{path}:{line}: field '{(f.Count <= post ? "post_id" : "group_id")}' missing (row has {f.Count} fields)");
            var id = f[post].Trim();
            var g = f[group].Trim();
            if (id.Length == 0 || g.Length == 0) continue;
            if (!groupIds.TryGetValue(g, out var gi)) groupIds[g] = gi = groupIds.Count;
            result[id] = gi;
        }
        return result;
    }

    public static HashSet<string> ReadPostIds(string path)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var post = -1;
        using var reader = new StreamReader(path);
        var header = true;
        foreach (var (line, f) in CsvText.Read(reader))
        {
            if (header)
            {
                post = f.Select(h => h.Trim().ToLowerInvariant()).ToList().IndexOf("post_id");
                if (post < 0) throw new InvalidDataException($"{path}:1: burst file needs a 'post_id' column");
                header = false;
                continue;
            }
            if (f.Count == 1 && f[0].Length == 0) continue;
            if (f.Count <= post) throw new InvalidDataException($"{path}:{line}: field 'post_id' missing (row has {f.Count} fields)");
            if (f[post].Trim() is { Length: > 0 } id) result.Add(id);
        }
        return result;
    }
}
