namespace Swarmscope.Text;

/// <summary>
/// Character k-gram shingles of normalized text, as 32-bit hashes. Punctuation, symbols and emoji become word
/// separators first, so "Kazakhstan!" and "Kazakhstan." give the same shingles; letters and digits of every script
/// count. Character shingles (rather than word shingles) keep a one-word edit in a short post to a few changed
/// shingles, which is what templated comments ("I made a choice" / "We made a choice") look like.
/// </summary>
public static class TextShingler
{
    /// <summary>
    /// Writes the sorted, distinct shingle hashes of <paramref name="normalized"/> into <paramref name="shingles"/>
    /// (which must hold at least normalized.Length + 1 values) and returns their count; <paramref name="tokens"/> is the
    /// number of words. <paramref name="scratch"/> must hold normalized.Length + 2 chars.
    /// </summary>
    public static int Shingles(ReadOnlySpan<char> normalized, int k, Span<char> scratch, Span<uint> shingles, out int tokens, bool sortDistinct = true)
    {
        // Fold to "word word word": letters/digits kept, runs of anything else → one space.
        var len = 0;
        tokens = 0;
        var inWord = false;
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord) { if (len > 0) scratch[len++] = ' '; tokens++; inWord = true; }
                scratch[len++] = c;
            }
            else inWord = false;
        }
        if (len == 0) return 0;
        var stream = scratch[..len];
        int count;
        if (len <= k)
        {
            shingles[0] = Hash(stream);
            count = 1;
        }
        else
        {
            count = len - k + 1;
            for (var i = 0; i < count; i++) shingles[i] = Hash(stream.Slice(i, k));
        }
        if (!sortDistinct || count == 1) return count;
        var set = shingles[..count];
        set.Sort();
        var distinct = 1;
        for (var i = 1; i < count; i++)
            if (set[i] != set[distinct - 1]) set[distinct++] = set[i];
        return distinct;
    }

    private static uint Hash(ReadOnlySpan<char> gram)
    {
        // FNV-style accumulation then a 64-bit finalizer (murmur3 fmix64): shingle hashes must look random to MinHash.
        ulong h = 0xcbf29ce484222325UL;
        foreach (var c in gram) h = (h ^ c) * 0x100000001b3UL;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return (uint)h;
    }

    /// <summary>Exact Jaccard similarity of two sorted distinct hash sets.</summary>
    public static double Jaccard(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.IsEmpty && b.IsEmpty) return 0;
        int i = 0, j = 0, common = 0;
        // Branch-free merge: near-duplicate candidates interleave unpredictably, so branches would mispredict.
        while (i < a.Length && j < b.Length)
        {
            var x = a[i];
            var y = b[j];
            common += x == y ? 1 : 0;
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }
        return (double)common / (a.Length + b.Length - common);
    }
}
