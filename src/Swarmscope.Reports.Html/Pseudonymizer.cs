using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Swarmscope.Reports.Html;

/// <summary>
/// Stable pseudonyms for accounts that are in no finding, for publication: "acct-" + 8 base-32 characters of an
/// HMAC-SHA256 of the lower-cased handle (or platform:id) under a key of the investigation (the SHA-256 of its first
/// imported file). The same account gets the same pseudonym in every report of the investigation; without the
/// original file the pseudonym cannot be reversed by hashing guessed handles.
/// </summary>
public sealed partial class Pseudonymizer
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    private readonly byte[] _key;
    private readonly HashSet<string> _kept;

    /// <param name="key">Secret of the investigation (e.g. the SHA-256 of its first import).</param>
    /// <param name="keptHandlesAndIds">Handles and ids of accounts in some finding: these stay as they are.</param>
    public Pseudonymizer(string key, IEnumerable<string> keptHandlesAndIds)
    {
        _key = SHA256.HashData(Encoding.UTF8.GetBytes("swarmscope-pseudonym\n" + key));
        _kept = new HashSet<string>(keptHandlesAndIds.Where(s => !string.IsNullOrEmpty(s)).Select(s => s.TrimStart('@')), StringComparer.OrdinalIgnoreCase);
    }

    public bool Keeps(string handleOrId) => _kept.Contains(handleOrId.TrimStart('@'));

    public string Pseudonym(string handleOrId)
    {
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(handleOrId.TrimStart('@').ToLowerInvariant()));
        var sb = new StringBuilder("acct-", 13);
        // 8 characters of 5 bits from the first 5 bytes.
        ulong bits = 0;
        for (var i = 0; i < 5; i++) bits = bits << 8 | mac[i];
        for (var i = 7; i >= 0; i--) sb.Append(Alphabet[(int)(bits >> (i * 5) & 31)]);
        return sb.ToString();
    }

    /// <summary>The account's label as published: itself when kept, else its pseudonym.</summary>
    public string Label(string handleOrId) => Keeps(handleOrId) ? handleOrId : Pseudonym(handleOrId);

    /// <summary>An object key of a behaviour naming an account ("twitter:123" for replies to an account, a handle for mentions).</summary>
    public string Object(string behaviour, string obj)
    {
        if (behaviour is "comention") return Label(obj);
        if (behaviour is "coreplyaccount")
        {
            var colon = obj.IndexOf(':');
            var id = colon >= 0 ? obj[(colon + 1)..] : obj;
            return Keeps(id) ? obj : Pseudonym(obj);
        }
        return behaviour is "sametext" or "neardup" ? Text(obj) : obj;
    }

    /// <summary>@mentions of accounts outside every finding replaced in a text (retweet prefixes included).</summary>
    public string Text(string text) =>
        Mention().Replace(text, m => Keeps(m.Groups[1].Value) ? m.Value : "@" + Pseudonym(m.Groups[1].Value));

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])@([\p{L}\p{N}_]{1,50})")]
    private static partial Regex Mention();
}
