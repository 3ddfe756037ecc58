using System.Globalization;
using System.Text;
using System.Text.Json;
using Swarmscope.Core;

namespace Swarmscope.Storage;

/// <summary>
/// Writes posts to a private temporary CSV file that DuckDB then loads with its parallel CSV reader
/// (<see cref="LoadSql"/>). This replaced the DuckDB Appender: appending 19 values per row, four of them lists,
/// cost ~10 µs per row in managed-to-native calls, while writing CSV here and reading it in DuckDB costs a
/// fraction of that. Every string field is quoted (RFC 4180, quotes doubled), so post text can hold anything;
/// a null is an empty unquoted field, an empty string is <c>""</c> (read with allow_quoted_nulls = false).
/// Lists are one field joined with U+001F; a list that cannot be joined safely (an element that is empty or
/// holds U+001F/U+001E) is written as a JSON array prefixed with U+001E instead.
/// </summary>
internal sealed class PostSegmentFile : IDisposable
{
    private const char ListSeparator = '\u001F';
    private const char JsonListMarker = '\u001E';

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private readonly StreamWriter _writer;

    public string Path { get; }
    public long Rows { get; private set; }

    public PostSegmentFile(string path)
    {
        Path = path;
        _writer = new StreamWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 1 << 16), Utf8, 1 << 16);
    }

    /// <summary>The CSV columns, in file order: a row ordinal (file order within the segment), then the posts columns.</summary>
    private const string CsvColumns =
        "{'ord': 'BIGINT', 'platform': 'VARCHAR', 'post_id': 'VARCHAR', 'account_id': 'VARCHAR', 'account_handle': 'VARCHAR', " +
        "'time_ms': 'BIGINT', 'time_precision': 'VARCHAR', 'kind': 'VARCHAR', 'text': 'VARCHAR', 'language': 'VARCHAR', " +
        "'target_post_id': 'VARCHAR', 'target_account_id': 'VARCHAR', 'urls': 'VARCHAR', 'hashtags': 'VARCHAR', " +
        "'mentions': 'VARCHAR', 'media_hashes': 'VARCHAR', 'channel': 'VARCHAR', 'id_derived': 'BOOLEAN', " +
        "'source_file': 'VARCHAR', 'source_record': 'BIGINT'}";

    private static string ListExpression(string column) =>
        $"CASE WHEN {column} IS NULL THEN NULL WHEN {column} = '' THEN []::VARCHAR[] " +
        $"WHEN starts_with({column}, chr(30)) THEN from_json(substr({column}, 2), '[\"VARCHAR\"]') " +
        $"ELSE string_split({column}, chr(31)) END";

    /// <summary>
    /// Inserts the segment's posts whose (platform, post_id) is not yet stored (including rows of earlier segments
    /// of the same file, already inserted in the open transaction), keeping only the first copy of keys repeated
    /// within the segment: "first copy wins". Returns the statement; ExecuteNonQuery gives the rows inserted.
    /// </summary>
    public static string LoadSql(string csvPath) => $"""
        INSERT INTO posts ({StoreSchema.PostColumns})
        SELECT platform, post_id, account_id, account_handle, epoch_ms(time_ms), time_precision, kind, text, language,
               target_post_id, target_account_id, {ListExpression("urls")}, {ListExpression("hashtags")},
               {ListExpression("mentions")}, {ListExpression("media_hashes")}, channel, id_derived, source_file, source_record
        FROM (
            SELECT * FROM read_csv('{csvPath.Replace("'", "''")}', header = false, auto_detect = false, delim = ',',
                quote = '"', escape = '"', allow_quoted_nulls = false, max_line_size = 8388608, buffer_size = 33554432,
                columns = {CsvColumns}) s
            ANTI JOIN posts p ON p.platform = s.platform AND p.post_id = s.post_id
            QUALIFY row_number() OVER (PARTITION BY s.platform, s.post_id ORDER BY s.ord) = 1
        )
        """;

    public void Write(Post p)
    {
        var w = _writer;
        WriteNumber(Rows++);
        w.Write(',');
        WriteString(StoreNames.Of(p.Platform)); w.Write(',');
        WriteString(p.Id); w.Write(',');
        WriteString(p.AccountId); w.Write(',');
        WriteString(p.AccountHandle); w.Write(',');
        WriteNumber(p.Time.UnixMilliseconds); w.Write(',');
        WriteString(StoreNames.Of(p.Time.Precision)); w.Write(',');
        WriteString(StoreNames.Of(p.Kind)); w.Write(',');
        WriteString(p.Text); w.Write(',');
        WriteString(p.Language); w.Write(',');
        WriteString(p.TargetPostId); w.Write(',');
        WriteString(p.TargetAccountId); w.Write(',');
        WriteList(p.Urls); w.Write(',');
        WriteList(p.Hashtags); w.Write(',');
        WriteList(p.Mentions); w.Write(',');
        WriteList(p.MediaHashes); w.Write(',');
        WriteString(p.Channel); w.Write(',');
        w.Write(p.IdDerived ? "true" : "false"); w.Write(',');
        WriteString(p.Provenance.SourceFile); w.Write(',');
        WriteNumber(p.Provenance.Record);
        w.Write('\n');
    }

    private void WriteNumber(long value)
    {
        Span<char> buffer = stackalloc char[24];
        value.TryFormat(buffer, out var n, default, CultureInfo.InvariantCulture);
        _writer.Write(buffer[..n]);
    }

    /// <summary>Quoted, quotes doubled. NUL becomes U+FFFD (as before with the appender; see docs/store.md).</summary>
    private void WriteString(string? s)
    {
        if (s is null) return;
        var w = _writer;
        w.Write('"');
        WriteEscaped(s);
        w.Write('"');
    }

    /// <summary>The inside of a quoted field: quotes doubled, NUL as U+FFFD.</summary>
    private void WriteEscaped(ReadOnlySpan<char> rest)
    {
        var w = _writer;
        while (true)
        {
            var i = rest.IndexOfAny('"', '\0');
            if (i < 0) { w.Write(rest); break; }
            w.Write(rest[..i]);
            w.Write(rest[i] == '"' ? "\"\"" : "\uFFFD");
            rest = rest[(i + 1)..];
        }
    }

    private void WriteList(string[]? list)
    {
        if (list is null) return;
        var joinable = true;
        var count = 0;
        foreach (var s in list)
        {
            if (s is null) continue;
            count++;
            if (s.Length == 0 || s.AsSpan().IndexOfAny(ListSeparator, JsonListMarker) >= 0) joinable = false;
        }
        if (count == 0) { _writer.Write("\"\""); return; }
        if (!joinable) { WriteString(JsonListMarker + JsonSerializer.Serialize(NonNull(list))); return; }
        var w = _writer;
        w.Write('"');
        var first = true;
        foreach (var s in list)
        {
            if (s is null) continue;
            if (!first) w.Write(ListSeparator);
            first = false;
            WriteEscaped(s);
        }
        w.Write('"');
    }

    /// <summary>Rare path (a list that cannot be joined), so allocating here is fine.</summary>
    private static string[] NonNull(string[] list)
    {
        var result = new List<string>(list.Length);
        foreach (var s in list) if (s is not null) result.Add(s.Replace('\0', '\uFFFD'));
        return result.ToArray();
    }

    /// <summary>Flushes and closes the file so DuckDB can read it.</summary>
    public void Close() => _writer.Dispose();

    public void Dispose() => _writer.Dispose();
}
