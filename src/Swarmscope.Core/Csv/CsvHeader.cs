namespace Swarmscope.Core.Csv;

/// <summary>The column names of a CSV file's header row, looked up case-insensitively.</summary>
public sealed class CsvHeader
{
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    public CsvHeader(IReadOnlyList<string> names)
    {
        Names = names.Select(n => n.Trim()).ToArray();
        List<string>? duplicates = null;
        for (var i = 0; i < Names.Length; i++)
            if (!_index.TryAdd(Names[i], i) && Names[i].Length > 0 && !(duplicates ??= []).Contains(Names[i], StringComparer.OrdinalIgnoreCase))
                duplicates.Add(Names[i]);
        Duplicates = duplicates ?? [];
    }

    public string[] Names { get; }

    /// <summary>
    /// Names that appear more than once (compared as lookups are, ignoring case; unnamed columns are never looked up and
    /// may repeat). Such a file is refused: which of the two columns a field came from would be a guess.
    /// </summary>
    public IReadOnlyList<string> Duplicates { get; }

    /// <summary>The refusal for a header with <see cref="Duplicates"/>, or null when every name is unique.</summary>
    public string? DuplicatesProblem() => Duplicates.Count == 0 ? null :
        $"the header names {(Duplicates.Count == 1 ? "a column" : "columns")} more than once ({string.Join(", ", Duplicates.Select(d => "'" + d + "'"))}): " +
        "which one holds the field cannot be told; rename or remove the extra column";

    public int Count => Names.Length;

    /// <summary>The column's index, or -1 when the file has no such column.</summary>
    public int this[string name] => _index.TryGetValue(name, out var i) ? i : -1;

    public bool Has(string name) => _index.ContainsKey(name);

    public bool HasAll(params ReadOnlySpan<string> names)
    {
        foreach (var n in names) if (!_index.ContainsKey(n)) return false;
        return true;
    }

    /// <summary>True when the header is exactly these names in this order.</summary>
    public bool IsExactly(params ReadOnlySpan<string> names)
    {
        if (names.Length != Names.Length) return false;
        for (var i = 0; i < names.Length; i++) if (!string.Equals(Names[i], names[i], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    /// <summary>Reads the current record of <paramref name="reader"/> as a header.</summary>
    public static CsvHeader From(CsvReader reader)
    {
        var names = new string[reader.FieldCount];
        for (var i = 0; i < names.Length; i++) names[i] = reader.GetString(i);
        return new CsvHeader(names);
    }

    /// <summary>The header of the first bytes of a file (for sniffing), or null when they do not start with a CSV header line.</summary>
    public static CsvHeader? FromHead(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty) return null;
        var start = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        // A JSON or binary file is not a CSV header: insist on a line end within the head and no NULs.
        var body = head[start..];
        var nl = body.IndexOf((byte)'\n');
        if (nl < 0 || body[..nl].IndexOf((byte)0) >= 0 || body.IsEmpty || body[0] is (byte)'{' or (byte)'[') return null;
        using var reader = new CsvReader(new MemoryStream(body[..(nl + 1)].ToArray()), ownsStream: true, bufferSize: 4096);
        return reader.Read() && reader.FieldCount > 1 ? From(reader) : null;
    }
}
