using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Swarmscope.Core.Codebooks;

/// <summary>
/// Reads a codebook file (YAML 1.2, JSON accepted; docs/codebook.md). Unknown keys are errors, so a misspelt key
/// never silently drops content; every error names the file, line, column, key and reason.
/// </summary>
public static partial class CodebookParser
{
    public const int Format = 1;

    private static readonly HashSet<string> TopKeys = ["format", "id", "name", "version", "description", "languages", "scale", "lists", "fields", "frames"];
    private static readonly HashSet<string> FrameKeys = ["id", "label", "description", "phrases", "examples", "children"];
    private static readonly HashSet<string> FieldKeys = ["key", "label", "type", "list", "guidance"];
    private static readonly HashSet<string> ScaleKeys = ["value", "label", "guidance"];

    public static Codebook ParseFile(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    public static Codebook Parse(string text, string? source = null)
    {
        var yaml = new YamlStream();
        try { yaml.Load(new StringReader(text)); }
        catch (YamlException e) { throw new CodebookFormatException(source, (int)e.Start.Line, (int)e.Start.Column, "not valid YAML: " + e.Message); }
        if (yaml.Documents.Count == 0) throw new CodebookFormatException(source, 1, 1, "the file is empty");
        return new Reader(source).Read(yaml.Documents[0].RootNode);
    }

    [GeneratedRegex(@"^[\p{L}\p{Nd}_.\-]+$")]
    private static partial Regex IdPattern();

    private sealed class Reader(string? source)
    {
        private readonly Dictionary<string, Frame> _frameIds = new(StringComparer.Ordinal);

        private CodebookFormatException Error(YamlNode node, string reason) =>
            new(source, (int)node.Start.Line, (int)node.Start.Column, reason);

        public Codebook Read(YamlNode root)
        {
            var map = Mapping(root, "the codebook");
            CheckKeys(map, TopKeys, "the codebook");
            var format = Int(Required(map, "format", "the codebook"), "format");
            if (format != Format) throw Error(map.Children[new YamlScalarNode("format")], $"format {format} is not known to this version of Swarmscope (it reads format {Format})");
            var id = Id(Required(map, "id", "the codebook"), "id");
            var name = Text(Required(map, "name", "the codebook"), "name");
            var versionNode = Required(map, "version", "the codebook");
            var version = Int(versionNode, "version");
            if (version < 1) throw Error(versionNode, "version is a whole number from 1 up");
            var lists = Optional(map, "lists") is { } l ? Lists(l) : new Dictionary<string, IReadOnlyList<CodebookEntry>>(StringComparer.Ordinal);
            return new Codebook
            {
                Id = id,
                Name = name,
                Version = version,
                Description = Optional(map, "description") is { } d ? Text(d, "description") : null,
                Languages = Optional(map, "languages") is { } langs ? Sequence(langs, "languages").Select(x => Text(x, "languages")).ToList() : [],
                Scale = Optional(map, "scale") is { } s ? Scale(s) : Codebook.DefaultScale,
                Lists = lists,
                Fields = Optional(map, "fields") is { } f ? Fields(f, lists) : [],
                Frames = Optional(map, "frames") is { } fr ? Frames(fr, null) : [],
            };
        }

        private List<ScaleLevel> Scale(YamlNode node)
        {
            var levels = new List<ScaleLevel>();
            foreach (var item in Sequence(node, "scale"))
            {
                var m = Mapping(item, "a scale level");
                CheckKeys(m, ScaleKeys, "a scale level");
                var valueNode = Required(m, "value", "a scale level");
                var value = Int(valueNode, "value");
                if (levels.Any(x => x.Value == value)) throw Error(valueNode, $"scale value {value} is given twice");
                levels.Add(new ScaleLevel(value, Text(Required(m, "label", "a scale level"), "label"), Optional(m, "guidance") is { } g ? Text(g, "guidance") : null));
            }
            if (levels.Count == 0) throw Error(node, "scale has no levels (leave it out for the default −3 … +3)");
            return levels.OrderBy(x => x.Value).ToList();
        }

        private Dictionary<string, IReadOnlyList<CodebookEntry>> Lists(YamlNode node)
        {
            var result = new Dictionary<string, IReadOnlyList<CodebookEntry>>(StringComparer.Ordinal);
            foreach (var (keyNode, valueNode) in Mapping(node, "lists").Children)
            {
                var name = Id(keyNode, "list name");
                var entries = new List<CodebookEntry>();
                foreach (var (entryKey, entryLabel) in Mapping(valueNode, $"list '{name}'").Children)
                    entries.Add(new CodebookEntry(Id(entryKey, $"an entry id of list '{name}'"), Text(entryLabel, $"the label of '{((YamlScalarNode)entryKey).Value}'")));
                result[name] = entries;
            }
            return result;
        }

        private List<CodebookField> Fields(YamlNode node, Dictionary<string, IReadOnlyList<CodebookEntry>> lists)
        {
            var fields = new List<CodebookField>();
            foreach (var item in Sequence(node, "fields"))
            {
                var m = Mapping(item, "a field");
                CheckKeys(m, FieldKeys, "a field");
                var keyNode = Required(m, "key", "a field");
                var key = Id(keyNode, "key");
                if (fields.Any(f => f.Key == key)) throw Error(keyNode, $"field '{key}' is declared twice");
                var typeNode = Required(m, "type", $"field '{key}'");
                var typeText = Text(typeNode, "type");
                if (!Enum.TryParse<CodebookFieldType>(typeText, ignoreCase: true, out var type) || typeText.Any(char.IsDigit))
                    throw Error(typeNode, $"field '{key}': unknown type '{typeText}' (text, choice, choices, frames, scale, number, count, date)");
                string? list = null;
                if (type is CodebookFieldType.Choice or CodebookFieldType.Choices)
                {
                    var listNode = Required(m, "list", $"field '{key}' (a {typeText} field)");
                    list = Text(listNode, "list");
                    if (!lists.ContainsKey(list)) throw Error(listNode, $"field '{key}' uses list '{list}', which 'lists' does not declare");
                }
                else if (Optional(m, "list") is { } stray) throw Error(stray, $"field '{key}': only choice and choices fields take a list");
                fields.Add(new CodebookField(key, Text(Required(m, "label", $"field '{key}'"), "label"), type, list,
                    Optional(m, "guidance") is { } g ? Text(g, "guidance") : null));
            }
            return fields;
        }

        private List<Frame> Frames(YamlNode node, Frame? parent)
        {
            var frames = new List<Frame>();
            foreach (var item in Sequence(node, parent is null ? "frames" : $"children of '{parent.Id}'"))
            {
                var m = Mapping(item, "a frame");
                CheckKeys(m, FrameKeys, "a frame");
                var idNode = Required(m, "id", "a frame");
                var id = Id(idNode, "frame id");
                if (_frameIds.TryGetValue(id, out var other))
                    throw Error(idNode, $"frame id '{id}' is used twice (also on line {other.Line}); ids are unique across the tree");
                var labelNode = Required(m, "label", $"frame '{id}'");
                var labels = new Dictionary<string, string>(StringComparer.Ordinal);
                string label;
                if (labelNode is YamlMappingNode perLanguage)
                {
                    foreach (var (lang, text) in perLanguage.Children) labels[Text(lang, "language")] = Text(text, $"frame '{id}' label");
                    if (labels.Count == 0) throw Error(labelNode, $"frame '{id}' has an empty label");
                    label = labels.First().Value;
                }
                else label = Text(labelNode, "label");
                var phrases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
                if (Optional(m, "phrases") is { } p)
                    foreach (var (lang, list) in Mapping(p, $"phrases of '{id}'").Children)
                        phrases[Text(lang, "language")] = Sequence(list, $"phrases of '{id}'").Select(x => Text(x, "phrase")).ToList();
                var examples = new List<FrameExample>();
                if (Optional(m, "examples") is { } ex)
                    foreach (var e in Sequence(ex, $"examples of '{id}'"))
                    {
                        var em = Mapping(e, "an example");
                        CheckKeys(em, ["lang", "text"], "an example");
                        examples.Add(new FrameExample(Text(Required(em, "lang", "an example"), "lang"), Text(Required(em, "text", "an example"), "text")));
                    }
                var frame = new Frame
                {
                    Id = id, Label = label, Labels = labels, Line = (int)item.Start.Line,
                    Description = Optional(m, "description") is { } d ? Text(d, "description") : null,
                    Phrases = phrases, Examples = examples, Parent = parent,
                };
                _frameIds[id] = frame;
                if (Optional(m, "children") is { } children) frame.Children.AddRange(Frames(children, frame));
                frames.Add(frame);
            }
            return frames;
        }

        private YamlMappingNode Mapping(YamlNode node, string what) =>
            node as YamlMappingNode ?? throw Error(node, $"{what} should be a mapping of keys to values");

        private IEnumerable<YamlNode> Sequence(YamlNode node, string what) =>
            node as YamlSequenceNode ?? throw Error(node, $"{what} should be a list");

        private string Text(YamlNode node, string what)
        {
            if (node is not YamlScalarNode { Value: { } v }) throw Error(node, $"{what} should be text");
            if (string.IsNullOrWhiteSpace(v)) throw Error(node, $"{what} is empty");
            return v.Trim();
        }

        private string Id(YamlNode node, string what)
        {
            var v = Text(node, what);
            if (!IdPattern().IsMatch(v)) throw Error(node, $"{what} '{v}' may hold only letters, digits, '-', '_' and '.'");
            return v;
        }

        private int Int(YamlNode node, string what)
        {
            var v = Text(node, what);
            if (!int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)) throw Error(node, $"{what} should be a whole number, not '{v}'");
            return i;
        }

        private YamlNode Required(YamlMappingNode map, string key, string what) =>
            Optional(map, key) ?? throw Error(map, $"{what} needs '{key}'");

        private static YamlNode? Optional(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var v) && !(v is YamlScalarNode { Value: null or "" } s && s.Style == ScalarStyle.Plain) ? v : null;

        private void CheckKeys(YamlMappingNode map, HashSet<string> allowed, string what)
        {
            foreach (var key in map.Children.Keys)
            {
                var k = key is YamlScalarNode { Value: { } v } ? v : "";
                if (!allowed.Contains(k)) throw Error(key, $"unknown key '{k}' in {what} (allowed: {string.Join(", ", allowed)})");
            }
        }
    }

    /// <summary>A stable id from a label: lower case, letters and digits of any script, other runs become '-'.</summary>
    public static string Slug(string label)
    {
        var sb = new System.Text.StringBuilder(label.Length);
        foreach (var ch in label.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(ch)) sb.Append(ch);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}
