using YamlDotNet.RepresentationModel;

namespace Swarmscope.Narratives;

/// <summary>
/// The frame tree of a codebook file (docs/codebook.md) as <see cref="FrameDefinition"/>s, with the codebook's id
/// and version. Temporary reader of the frames alone: the full codebook model and parser live in Core.Codebooks
/// (issue 16) and replace this once landed.
/// </summary>
public static class CodebookFrames
{
    public static (string Id, string Version, List<FrameDefinition> Frames) Load(string path)
    {
        var yaml = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            yaml.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new FormatException($"{path}, line {e.Start.Line}, column {e.Start.Column}: {e.Message}");
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
            throw new FormatException($"{path}: a codebook is a mapping with format, id, name, version and frames (docs/codebook.md)");
        string Get(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value ?? "" : "";
        if (Get("format") != "1") throw new FormatException($"{path}, line {root.Start.Line}, format: expected 'format: 1'");
        var id = Get("id");
        var version = Get("version");
        if (id.Length == 0) throw new FormatException($"{path}, line {root.Start.Line}, id: the codebook needs an id");
        if (!int.TryParse(version, out var v) || v < 1) throw new FormatException($"{path}, line {root.Start.Line}, version: expected a whole number ≥ 1, got '{version}'");
        var frames = new List<FrameDefinition>();
        if (root.Children.TryGetValue(new YamlScalarNode("frames"), out var node)) ReadFrames(node, null, frames, path);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in frames)
            if (!seen.Add(f.Id)) throw new FormatException($"{path}, frames: frame id '{f.Id}' is used twice; ids are unique across the tree");
        return (id, version, frames);
    }

    private static void ReadFrames(YamlNode node, string? parent, List<FrameDefinition> into, string path)
    {
        if (node is not YamlSequenceNode list) throw new FormatException($"{path}, line {node.Start.Line}, frames: expected a list of frames");
        foreach (var item in list)
        {
            if (item is not YamlMappingNode m) throw new FormatException($"{path}, line {item.Start.Line}: a frame is a mapping with id, label, phrases, children");
            string? id = null, label = null;
            var phrases = new List<(string, string)>();
            YamlNode? children = null;
            foreach (var (k, v) in m.Children)
            {
                var key = (k as YamlScalarNode)?.Value;
                switch (key)
                {
                    case "id": id = (v as YamlScalarNode)?.Value; break;
                    case "label": label = v is YamlScalarNode s ? s.Value : v is YamlMappingNode lm ? (lm.Children.Values.FirstOrDefault() as YamlScalarNode)?.Value : null; break;
                    case "phrases":
                        if (v is not YamlMappingNode byLanguage) throw new FormatException($"{path}, line {v.Start.Line}, phrases: expected language: [phrases]");
                        foreach (var (lk, lv) in byLanguage.Children)
                        {
                            var language = (lk as YamlScalarNode)?.Value ?? "";
                            IEnumerable<YamlNode> values = lv is YamlSequenceNode seq ? seq : [lv];
                            foreach (var p in values)
                                phrases.Add((language, (p as YamlScalarNode)?.Value ?? throw new FormatException($"{path}, line {p.Start.Line}, phrases: expected text")));
                        }
                        break;
                    case "children": children = v; break;
                    case "description" or "examples" or "labels": break;
                    default: throw new FormatException($"{path}, line {k.Start.Line}: unknown frame key '{key}' (id, label, description, phrases, examples, children)");
                }
            }
            if (string.IsNullOrWhiteSpace(id)) throw new FormatException($"{path}, line {m.Start.Line}, id: a frame needs an id");
            into.Add(new FrameDefinition(id, parent, string.IsNullOrWhiteSpace(label) ? id : label, phrases));
            if (children is not null) ReadFrames(children, id, into, path);
        }
    }
}
