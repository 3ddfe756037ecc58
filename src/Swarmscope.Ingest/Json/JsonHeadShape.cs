using System.Text.Json;

namespace Swarmscope.Ingest.Json;

/// <summary>
/// What the first bytes of a JSON file look like, for sniffing: whether it starts with an array, and the
/// property paths seen ("data.author_id", "response.items.owner_id"; arrays are transparent). Built from a
/// possibly truncated head with a non-final reader, so a 64 KiB cut in the middle of a string is fine, and
/// garbage yields an empty shape instead of an exception.
/// </summary>
public sealed class JsonHeadShape
{
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);

    public bool IsJson { get; private set; }
    public bool StartsWithArray { get; private set; }
    /// <summary>More than one top-level value was seen (JSON Lines or concatenated values).</summary>
    public bool MultipleValues { get; private set; }

    public bool Has(string path) => _paths.Contains(path);

    public bool HasAll(params ReadOnlySpan<string> paths)
    {
        foreach (var p in paths) if (!_paths.Contains(p)) return false;
        return true;
    }

    public static JsonHeadShape Of(ReadOnlySpan<byte> head)
    {
        var shape = new JsonHeadShape();
        if (head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF) head = head[3..];
        var reader = new Utf8JsonReader(head, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions
        {
            AllowMultipleValues = true,
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        }));
        // Path of property names per depth; arrays do not add a segment.
        var stack = new List<string?>();
        string? pendingName = null;
        var topValues = 0;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        if (stack.Count == 0)
                        {
                            topValues++;
                            if (topValues == 1) shape.StartsWithArray = reader.TokenType == JsonTokenType.StartArray;
                        }
                        stack.Add(pendingName);
                        pendingName = null;
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.RemoveAt(stack.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        var name = JsonText.Of(ref reader);
                        if (stack.Count <= 8) shape._paths.Add(Prefix(stack) + name);
                        pendingName = name;
                        break;
                    default:
                        if (stack.Count == 0) topValues++;
                        pendingName = null;
                        break;
                }
                shape.IsJson = true;
            }
        }
        catch (JsonException)
        {
            // Garbage, or a head that is not JSON: keep what was seen before it (nothing, for non-JSON files).
            if (topValues <= 1 && shape._paths.Count == 0) shape.IsJson = false;
        }
        shape.MultipleValues = topValues > 1;
        return shape;
    }

    private static string Prefix(List<string?> stack)
    {
        var parts = new List<string>(stack.Count);
        foreach (var s in stack) if (s is not null) parts.Add(s);
        return parts.Count == 0 ? "" : string.Join('.', parts) + ".";
    }
}
