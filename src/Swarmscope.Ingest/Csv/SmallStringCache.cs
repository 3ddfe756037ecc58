using System.Text;

namespace Swarmscope.Ingest.Csv;

/// <summary>
/// Decodes low-cardinality cells (language, region, platform names) once: a row's value is looked up by its bytes
/// among the few seen so far, so millions of rows share a handful of strings instead of allocating one each.
/// </summary>
public sealed class SmallStringCache(int capacity = 64)
{
    private readonly List<(byte[] Key, string Value)> _entries = new();
    private int _last;

    /// <summary>The cell as a string; null for an empty cell.</summary>
    public string? Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty) return null;
        if (_last < _entries.Count && utf8.SequenceEqual(_entries[_last].Key)) return _entries[_last].Value;
        for (var i = 0; i < _entries.Count; i++)
        {
            if (!utf8.SequenceEqual(_entries[i].Key)) continue;
            _last = i;
            return _entries[i].Value;
        }
        var value = Encoding.UTF8.GetString(utf8);
        if (_entries.Count < capacity) { _entries.Add((utf8.ToArray(), value)); _last = _entries.Count - 1; }
        return value;
    }
}
