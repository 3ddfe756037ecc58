using Swarmscope.Text;
using YamlDotNet.RepresentationModel;

namespace Swarmscope.Narratives;

/// <summary>
/// Names to find in post text (docs/narratives.md): each target has spelling variants in any script and optional
/// handles. Variants are folded like everything else (<see cref="ScriptFolding"/>), so "Tokayev", "Токаев",
/// "Тоқаев" and "Toqaev" are one name; the last word of a variant may carry an inflectional ending ("Токаеву",
/// "Тоқаевқа", "Tokayev's").
/// </summary>
public sealed class Watchlist
{
    /// <summary>The most characters an inflectional ending adds to a name's last word (Тоқаевтың → +3 after folding).</summary>
    public const int MaxEndingLength = 5;

    public IReadOnlyList<WatchlistTarget> Targets { get; }
    private readonly List<(int Target, string[] Words)> _variants = [];
    private readonly Dictionary<string, int> _handles = new(StringComparer.Ordinal);

    public Watchlist(IReadOnlyList<WatchlistTarget> targets)
    {
        Targets = targets;
        for (var t = 0; t < targets.Count; t++)
        {
            foreach (var v in targets[t].Variants.Append(targets[t].Name))
            {
                var words = Words(v);
                if (words.Length > 0 && !_variants.Any(x => x.Target == t && x.Words.SequenceEqual(words))) _variants.Add((t, words));
            }
            foreach (var h in targets[t].Handles) _handles[h.TrimStart('@').ToLowerInvariant()] = t;
        }
    }

    /// <summary>The target a handle (without '@', any case) belongs to, or −1.</summary>
    public int TargetOfHandle(string handle) => _handles.TryGetValue(handle.TrimStart('@').ToLowerInvariant(), out var t) ? t : -1;

    /// <summary>Targets whose names occur in a text's words (folded keys, see <see cref="Words"/>).</summary>
    public void FindNames(string[] words, HashSet<int> found)
    {
        foreach (var (target, variant) in _variants)
        {
            for (var i = 0; i + variant.Length <= words.Length; i++)
            {
                var ok = true;
                for (var k = 0; k < variant.Length && ok; k++)
                {
                    var w = words[i + k];
                    var v = variant[k];
                    ok = k < variant.Length - 1 ? w == v : w.StartsWith(v, StringComparison.Ordinal) && w.Length - v.Length <= MaxEndingLength;
                }
                if (ok) { found.Add(target); break; }
            }
        }
    }

    /// <summary>The folded word keys of a text (cleaned, look-alikes resolved, scripts folded; no stemming).</summary>
    public static string[] Words(string? text)
    {
        var cleaned = TextNormalizer.Clean(text);
        var script = ScriptFolding.DominantScript(cleaned);
        var words = new List<string>();
        Span<char> key = stackalloc char[256];
        var i = 0;
        while (i < cleaned.Length)
        {
            if (!ScriptFolding.IsWordChar(cleaned[i])) { i++; continue; }
            var start = i;
            while (i < cleaned.Length && (ScriptFolding.IsWordChar(cleaned[i]) || (ScriptFolding.IsApostrophe(cleaned[i]) && char.IsLetter(cleaned[i - 1])))) i++;
            var n = ScriptFolding.FoldWord(cleaned.AsSpan(start, Math.Min(i - start, 120)), script, key);
            words.Add(new string(key[..n]));
        }
        return [.. words];
    }

    /// <summary>
    /// Reads a watchlist file (YAML; JSON is YAML too):
    /// <c>format: 1</c> and <c>targets: [{id, name, variants: [...], handles: [...]}]</c>.
    /// Errors name the file, line and reason.
    /// </summary>
    public static Watchlist Load(string path)
    {
        var yaml = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            yaml.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new FormatException($"{path}, line {e.Start.Line}: {e.Message}");
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
            throw new FormatException($"{path}: expected a mapping with 'format: 1' and 'targets:'");
        var targets = new List<WatchlistTarget>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var format = root.Children.FirstOrDefault(kv => Scalar(kv.Key) == "format").Value;
        if (format is null || Scalar(format) != "1") throw new FormatException($"{path}, line {root.Start.Line}, format: expected 'format: 1'");
        foreach (var (k, v) in root.Children)
        {
            var key = Scalar(k);
            if (key == "format") continue;
            if (key != "targets") throw new FormatException($"{path}, line {k.Start.Line}: unknown key '{key}' (format, targets)");
            if (v is not YamlSequenceNode list) throw new FormatException($"{path}, line {v.Start.Line}, targets: expected a list");
            foreach (var item in list)
            {
                if (item is not YamlMappingNode m) throw new FormatException($"{path}, line {item.Start.Line}: a target is a mapping with id, name, variants, handles");
                string? id = null, name = null;
                var variants = new List<string>();
                var handles = new List<string>();
                foreach (var (fk, fv) in m.Children)
                {
                    switch (Scalar(fk))
                    {
                        case "id": id = Scalar(fv); break;
                        case "name": name = Scalar(fv); break;
                        case "variants": variants.AddRange(Strings(fv, path, "variants")); break;
                        case "handles": handles.AddRange(Strings(fv, path, "handles")); break;
                        default: throw new FormatException($"{path}, line {fk.Start.Line}: unknown target key '{Scalar(fk)}' (id, name, variants, handles)");
                    }
                }
                if (string.IsNullOrWhiteSpace(id)) throw new FormatException($"{path}, line {m.Start.Line}, id: a target needs an id");
                if (!ids.Add(id)) throw new FormatException($"{path}, line {m.Start.Line}, id: '{id}' is used twice");
                targets.Add(new WatchlistTarget(id, string.IsNullOrWhiteSpace(name) ? id : name, variants, handles));
            }
        }
        return new Watchlist(targets);
    }

    private static string Scalar(YamlNode node) => node is YamlScalarNode s ? s.Value ?? "" : "";

    private static IEnumerable<string> Strings(YamlNode node, string path, string key) => node switch
    {
        YamlScalarNode s => [s.Value ?? ""],
        YamlSequenceNode seq => seq.Select(n => n is YamlScalarNode s ? s.Value ?? "" : throw new FormatException($"{path}, line {n.Start.Line}, {key}: expected text")),
        _ => throw new FormatException($"{path}, line {node.Start.Line}, {key}: expected a list of text"),
    };
}
