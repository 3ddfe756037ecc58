using System.Text;
using Swarmscope.Text;

namespace Swarmscope.Narratives;

/// <summary>
/// Finds the fixed text and the variable slots of a group of near-duplicate texts. Each member is aligned to a
/// representative word by word (longest common subsequence on folded keys, so "Kazakhstan" in Latin and Cyrillic
/// align); representative words present in most members are fixed; everything else (words that differ, words
/// inserted or left out) becomes slots between fixed words, with every member's variant counted.
/// </summary>
public static class TemplateSlotExtractor
{
    /// <summary>A representative word is fixed when at least this share of members has it in place.</summary>
    public const double FixedShare = 0.7;
    /// <summary>A slot lists its variants ("{I|We}") when this many cover almost all members; otherwise it shows its type.</summary>
    public const int MaxListedVariants = 4;
    private const int MaxTokens = 200;

    public static (string Text, List<TemplateSlot> Slots) Extract(IReadOnlyList<string?> members, int representative)
    {
        var rep = Tokenize(members[representative]);
        var r = rep.Count;
        var matched = new int[r];
        // Per member: which rep token each member token aligned with (-1 = none), kept to cut variants by slot later.
        var alignments = new List<(List<Token> Tokens, int[] RepOf)>(members.Count);
        var dp = new int[(r + 1) * (MaxTokens + 1)];
        foreach (var text in members)
        {
            var tokens = Tokenize(text);
            var repOf = Align(rep, tokens, dp);
            foreach (var i in repOf) if (i >= 0) matched[i]++;
            alignments.Add((tokens, repOf));
        }

        var isFixed = new bool[r];
        for (var i = 0; i < r; i++) isFixed[i] = matched[i] >= FixedShare * members.Count;

        // Slot s covers the gap before fixed token boundaries: runs of non-fixed rep tokens plus insertions.
        // Gap g (0..r) sits before rep token g; a slot spans gaps and non-fixed tokens between two fixed tokens.
        var slotOfGap = new int[r + 1];
        var slotOfToken = new int[r];
        var slotCount = 0;
        var open = -1;
        for (var g = 0; g <= r; g++)
        {
            if (open < 0) open = slotCount++;
            slotOfGap[g] = open;
            if (g == r) break;
            if (isFixed[g]) { slotOfToken[g] = -1; open = -1; }
            else slotOfToken[g] = open;
        }

        var variants = new Dictionary<string, (string Display, int Count)>[slotCount];
        for (var s = 0; s < slotCount; s++) variants[s] = new(StringComparer.Ordinal);
        var parts = new List<Token>[slotCount];
        for (var s = 0; s < slotCount; s++) parts[s] = [];
        foreach (var (tokens, repOf) in alignments)
        {
            foreach (var p in parts) p.Clear();
            var lastRep = -1; // rep position of the last aligned token: unaligned tokens fall into the gap after it
            for (var j = 0; j < tokens.Count; j++)
            {
                if (repOf[j] >= 0)
                {
                    lastRep = repOf[j];
                    if (!isFixed[lastRep]) parts[slotOfToken[lastRep]].Add(tokens[j]);
                }
                else parts[slotOfGap[lastRep + 1]].Add(tokens[j]);
            }
            for (var s = 0; s < slotCount; s++)
            {
                var key = string.Join(' ', parts[s].Select(t => t.Key));
                var display = Join(parts[s]);
                variants[s][key] = variants[s].TryGetValue(key, out var v) ? (v.Display, v.Count + 1) : (display, 1);
            }
        }

        var slots = new List<TemplateSlot>();
        var slotNumber = new int[slotCount];
        for (var s = 0; s < slotCount; s++)
        {
            slotNumber[s] = -1;
            var list = variants[s].Values.OrderByDescending(v => v.Count).ThenBy(v => v.Display, StringComparer.Ordinal).ToList();
            // A gap where (almost) every member writes nothing, or the same thing as each other, is not a slot.
            if (list.Count == 0 || (list.Count == 1 && list[0].Display.Length == 0)) continue;
            if (list[0].Count >= 0.95 * members.Count && list[0].Display.Length == 0) continue;
            slotNumber[s] = slots.Count;
            slots.Add(new TemplateSlot(slots.Count, Describe(list, members.Count), list.Take(20).Select(v => (v.Display, v.Count)).ToList(), list.Count));
        }

        // Text: fixed rep tokens (with the representative's own spacing) and slots in their gaps.
        var output = new List<Token>();
        var emitted = -1;
        for (var g = 0; g <= r; g++)
        {
            var s = slotOfGap[g];
            if (slotNumber[s] >= 0 && s != emitted) { output.Add(new Token(slots[slotNumber[s]].Display, "", true)); emitted = s; }
            if (g < r && (isFixed[g] || slotNumber[slotOfToken[g]] < 0)) output.Add(rep[g]);
        }
        return (Join(output), slots);
    }

    private static string Describe(List<(string Display, int Count)> variants, int members)
    {
        var top = variants.Take(MaxListedVariants).Sum(v => v.Count);
        if (variants.Count <= MaxListedVariants || top >= 0.9 * members)
            return "{" + string.Join('|', variants.Take(MaxListedVariants).Select(v => v.Display.Length == 0 ? "–" : v.Display)) +
                   (variants.Count > MaxListedVariants ? "|…" : "") + "}";
        var nonEmpty = variants.Where(v => v.Display.Length > 0).ToList();
        if (nonEmpty.All(v => v.Display.All(c => char.IsDigit(c) || c is '.' or ',' or ' ' or '%' or '-'))) return "{number}";
        if (nonEmpty.All(v => v.Display.Split(' ').All(w => w.Length > 0 && char.IsUpper(w[0])))) return "{name}";
        return "{…}";
    }

    private readonly record struct Token(string Display, string Key, bool SpaceBefore);

    /// <summary>Words (letters/digits) and single punctuation marks of the cleaned text, each with its folded key.</summary>
    private static List<Token> Tokenize(string? text)
    {
        var cleaned = TextNormalizer.Clean(text);
        var tokens = new List<Token>();
        var textScript = ScriptFolding.DominantScript(cleaned);
        Span<char> key = stackalloc char[256];
        var i = 0;
        while (i < cleaned.Length && tokens.Count < MaxTokens)
        {
            var c = cleaned[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (ScriptFolding.IsWordChar(c))
            {
                var start = i;
                while (i < cleaned.Length && (ScriptFolding.IsWordChar(cleaned[i]) || (ScriptFolding.IsApostrophe(cleaned[i]) && char.IsLetter(cleaned[i - 1])))) i++;
                var word = cleaned.AsSpan(start, Math.Min(i - start, 120));
                var n = ScriptFolding.FoldWord(word, textScript, key);
                tokens.Add(new Token(cleaned[start..i], new string(key[..n]), start > 0 && char.IsWhiteSpace(cleaned[start - 1])));
                continue;
            }
            var len = char.IsSurrogatePair(cleaned, i) ? 2 : 1;
            var mark = cleaned.Substring(i, len);
            tokens.Add(new Token(mark, mark, i > 0 && char.IsWhiteSpace(cleaned[i - 1])));
            i += len;
        }
        return tokens;
    }

    /// <summary>LCS alignment of <paramref name="b"/> to <paramref name="a"/> by key: for each b token, the a index or −1.</summary>
    private static int[] Align(List<Token> a, List<Token> b, int[] dp)
    {
        int n = a.Count, m = b.Count, w = m + 1;
        if (dp.Length < (n + 1) * w) dp = new int[(n + 1) * w];
        for (var i = n; i >= 0; i--)
            for (var j = m; j >= 0; j--)
                dp[i * w + j] = i == n || j == m ? 0
                    : string.Equals(a[i].Key, b[j].Key, StringComparison.Ordinal) ? dp[(i + 1) * w + j + 1] + 1
                    : Math.Max(dp[(i + 1) * w + j], dp[i * w + j + 1]);
        var result = new int[m];
        Array.Fill(result, -1);
        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (string.Equals(a[x].Key, b[y].Key, StringComparison.Ordinal)) { result[y] = x; x++; y++; }
            else if (dp[(x + 1) * w + y] >= dp[x * w + y + 1]) x++;
            else y++;
        }
        return result;
    }

    /// <summary>Tokens joined as they were written: a space only where the text had one (slots always get one).</summary>
    private static string Join(List<Token> tokens)
    {
        var sb = new StringBuilder();
        foreach (var t in tokens)
        {
            if (t.Display.Length == 0) continue;
            if (sb.Length > 0 && (t.SpaceBefore || (sb[^1] == '}' && char.IsLetterOrDigit(t.Display[0])))) sb.Append(' ');
            sb.Append(t.Display);
        }
        return sb.ToString();
    }
}
