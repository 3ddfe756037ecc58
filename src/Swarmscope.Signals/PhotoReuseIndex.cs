namespace Swarmscope.Signals;

/// <summary>
/// Finds, for every profile-photo hash, how many other accounts carry the same or a near-same photo (Hamming
/// distance ≤ k). Multi-index hashing: split the 64 bits into k+1 bands; two hashes within k bits agree exactly on
/// at least one band (pigeonhole), so only accounts sharing a band value are compared. Near-linear on real data.
/// </summary>
public static class PhotoReuseIndex
{
    /// <summary>For each hash (null = unknown), the number of other accounts within <paramref name="maxDistance"/> bits (−1 for unknown).</summary>
    public static int[] CountNeighbours(IReadOnlyList<ulong?> hashes, int maxDistance)
    {
        var n = hashes.Count;
        var result = new int[n];
        var bands = Math.Clamp(maxDistance + 1, 1, 64);
        var bandBits = new int[bands + 1];
        for (var b = 0; b <= bands; b++) bandBits[b] = b * 64 / bands;
        var buckets = new Dictionary<ulong, List<int>>[bands];
        for (var b = 0; b < bands; b++) buckets[b] = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < n; i++)
        {
            if (hashes[i] is not { } h) { result[i] = -1; continue; }
            for (var b = 0; b < bands; b++)
            {
                var key = Band(h, bandBits[b], bandBits[b + 1]);
                if (!buckets[b].TryGetValue(key, out var list)) buckets[b][key] = list = [];
                list.Add(i);
            }
        }
        var seenBy = new int[n];
        Array.Fill(seenBy, -1);
        for (var i = 0; i < n; i++)
        {
            if (hashes[i] is not { } h) continue;
            var count = 0;
            seenBy[i] = i;
            for (var b = 0; b < bands; b++)
            {
                foreach (var j in buckets[b][Band(h, bandBits[b], bandBits[b + 1])])
                {
                    if (seenBy[j] == i) continue;
                    seenBy[j] = i;
                    if (PerceptualHash.Hamming(h, hashes[j]!.Value) <= maxDistance) count++;
                }
            }
            result[i] = count;
        }
        return result;
    }

    private static ulong Band(ulong h, int from, int to) =>
        ((to - from) == 64 ? h : (h >> from) & ((1UL << (to - from)) - 1)) | ((ulong)from << 58);
}
