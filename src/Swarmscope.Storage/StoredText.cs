namespace Swarmscope.Storage;

/// <summary>
/// Text as the store keeps it: a NUL (U+0000) becomes U+FFFD, because DuckDB's appender passes strings NUL-terminated
/// and would silently cut them there (documented in docs/store.md). Posts, accounts and the keys that find repeated
/// posts all go through here, so a key is computed on exactly the text that is stored.
/// </summary>
internal static class StoredText
{
    public static string? Clean(string? s) => s is null || !s.Contains('\0') ? s : s.Replace('\0', '\uFFFD');

    /// <summary>The text itself when it holds no NUL, else a cleaned copy in <paramref name="scratch"/> (grown as needed).</summary>
    public static ReadOnlySpan<char> Clean(ReadOnlySpan<char> text, ref char[] scratch)
    {
        if (!text.Contains('\0')) return text;
        if (scratch.Length < text.Length) scratch = new char[Math.Max(text.Length, scratch.Length * 2)];
        var clean = scratch.AsSpan(0, text.Length);
        text.CopyTo(clean);
        clean.Replace('\0', '\uFFFD');
        return clean;
    }
}
