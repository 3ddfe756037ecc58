namespace Swarmscope.Signals;

/// <summary>
/// Recognises handles that no one chose: digests and ids that archives and exports put where a screen name was (the
/// Twitter IO archive replaces the screen names of accounts under 5,000 followers with a SHA-256 hex digest). Such a
/// handle says how the data was published, not how the operator named the account, so it is left out of the handle
/// signals. The rule (docs/scoring.md, "Pseudonymised handles"):
/// <list type="bullet">
/// <item>hexadecimal digest: 16 or more hex digits (one letter case), with at least one digit and one letter a-f;</item>
/// <item>UUID: 8-4-4-4-12 hex digits;</item>
/// <item>base64 digest: the length of an encoded 128/160/256/512-bit digest (22/24, 27/28, 43/44, 86/88 with
/// padding), upper and lower case letters and digits all present, and no run of five lower-case letters (words make
/// such runs; random base64 seldom does);</item>
/// <item>numeric id: only digits, optionally after a minus sign (Telegram peer ids).</item>
/// </list>
/// Twitter handles have at most 15 characters, so no real one is caught by the first three rules.
/// </summary>
public static class HandlePseudonym
{
    /// <summary>What kind of pseudonym <paramref name="handle"/> is ("hexadecimal digest", ...), or null for a chosen name.</summary>
    public static string? Kind(string handle)
    {
        var h = handle.AsSpan().Trim();
        if (h.Length == 0) return null;
        if (IsNumeric(h)) return "numeric id";
        if (IsHexDigest(h)) return "hexadecimal digest";
        if (IsUuid(h)) return "UUID";
        if (IsBase64Digest(h)) return "base64 digest";
        return null;
    }

    public static bool IsPseudonym(string handle) => Kind(handle) is not null;

    private static bool IsNumeric(ReadOnlySpan<char> h)
    {
        if (h[0] == '-') h = h[1..];
        if (h.Length == 0) return false;
        foreach (var c in h) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static bool IsHexDigest(ReadOnlySpan<char> h)
    {
        if (h.Length < 16) return false;
        bool digit = false, lower = false, upper = false;
        foreach (var c in h)
        {
            if (char.IsAsciiDigit(c)) digit = true;
            else if (c is >= 'a' and <= 'f') lower = true;
            else if (c is >= 'A' and <= 'F') upper = true;
            else return false;
        }
        return digit && (lower ^ upper);
    }

    private static bool IsUuid(ReadOnlySpan<char> h)
    {
        if (h.Length != 36) return false;
        for (var i = 0; i < h.Length; i++)
        {
            var dash = i is 8 or 13 or 18 or 23;
            if (dash ? h[i] != '-' : !char.IsAsciiHexDigit(h[i])) return false;
        }
        return true;
    }

    private static bool IsBase64Digest(ReadOnlySpan<char> h)
    {
        var body = h.TrimEnd('=');
        if (h.Length - body.Length > 2) return false;
        if (h.Length is not (22 or 24 or 27 or 28 or 43 or 44 or 86 or 88)) return false;
        bool digit = false, lower = false, upper = false;
        var lowerRun = 0;
        foreach (var c in body)
        {
            if (char.IsAsciiLetterLower(c)) { lower = true; if (++lowerRun >= 5) return false; continue; }
            lowerRun = 0;
            if (char.IsAsciiDigit(c)) digit = true;
            else if (char.IsAsciiLetterUpper(c)) upper = true;
            else if (c is not ('+' or '/' or '-' or '_')) return false;
        }
        return digit && lower && upper;
    }
}
