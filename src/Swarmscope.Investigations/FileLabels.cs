namespace Swarmscope.Investigations;

/// <summary>
/// What progress lines and the summary table call each imported file: its name, or, where names repeat (the
/// result.json of every Telegram Desktop export in a folder read with --recursive), as many of its last folders as
/// it takes to tell the files apart.
/// </summary>
public sealed class FileLabels
{
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);

    public FileLabels(IEnumerable<string> paths)
    {
        var byName = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            var name = Path.GetFileName(full);
            if (!byName.TryGetValue(name, out var same)) byName[name] = same = [];
            if (!same.Contains(full)) same.Add(full);
        }
        foreach (var (name, same) in byName)
        {
            if (same.Count == 1)
            {
                _labels[same[0]] = name;
                continue;
            }
            var parts = same.Select(p => p.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries)).ToList();
            var longest = parts.Max(p => p.Length);
            for (var keep = 2; ; keep++)
            {
                var labels = parts.Select(p => string.Join('/', p.TakeLast(keep))).ToList();
                if (keep < longest && labels.Distinct(StringComparer.Ordinal).Count() < same.Count) continue;
                for (var i = 0; i < same.Count; i++) _labels[same[i]] = labels[i];
                break;
            }
        }
    }

    /// <summary>The label of a path given to the constructor; any other path is called by its file name.</summary>
    public string Of(string path) =>
        _labels.TryGetValue(Path.GetFullPath(path), out var label) ? label : Path.GetFileName(path);
}
