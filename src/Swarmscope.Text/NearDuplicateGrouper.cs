using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Swarmscope.Text;

/// <summary>
/// Groups posts whose texts are near-duplicates (templates with small edits: "I made a choice..." / "We made a
/// choice...", swapped numbers or names) and that were posted within a time window of each other.
/// Method: normalized text (<see cref="TextNormalizer"/>) → character k-gram shingles (<see cref="TextShingler"/>) →
/// MinHash signature → LSH banding; posts sharing a band bucket and within the window are candidates; every
/// candidate pair's exact Jaccard similarity is computed, so no accepted pair is below the threshold. Accepted pairs
/// are joined by union-find into template groups. Never compares all pairs: work is proportional to the in-window
/// members of shared buckets, capped per post by <see cref="NearDuplicateOptions.MaxBucketNeighbours"/>.
/// </summary>
public static class NearDuplicateGrouper
{
    private const uint MixMultiplier = 0x45d9f3bu;

    /// <param name="texts">Post texts (null or empty = no text).</param>
    /// <param name="timesMs">Post times in Unix milliseconds, one per text; empty = no time restriction.</param>
    /// <param name="options">Parameters; null = defaults.</param>
    public static NearDuplicateResult Group(IReadOnlyList<string?> texts, ReadOnlySpan<long> timesMs, NearDuplicateOptions? options = null)
    {
        options ??= new NearDuplicateOptions();
        Validate(options);
        var n = texts.Count;
        if (!timesMs.IsEmpty && timesMs.Length != n)
            throw new ArgumentException($"timesMs has {timesMs.Length} values for {n} texts", nameof(timesMs));
        var times = timesMs.IsEmpty ? new long[n] : timesMs.ToArray();
        var window = options.WindowMs ?? long.MaxValue;
        var bands = options.Bands;
        var rows = options.RowsPerBand;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount };
        var (hashA, hashB) = HashFamily(bands * rows, options.Seed);

        // 1. Signatures → band keys, in parallel. Only band keys are kept (not signatures or shingle sets): memory stays
        //    at Bands × 4 bytes per post.
        var bandKeys = new uint[(long)n * bands];
        var shingleUpper = new int[n];
        ForRanges(n, 256, 16, parallel, range =>
        {
            var work = new Workspace(bands * rows);
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var count = work.ShingleCount(texts[i], options, sortDistinct: false);
                if (count == 0) continue;
                shingleUpper[i] = count;
                MinHash(work.Shingles.AsSpan(0, count), hashA, hashB, work.Signature);
                for (var b = 0; b < bands; b++)
                    bandKeys[(long)i * bands + b] = BandKey(work.Signature.AsSpan(b * rows, rows), b);
            }
        });

        // 2. Eligible posts in time order; positions p index this order.
        var eligible = 0;
        for (var i = 0; i < n; i++) if (shingleUpper[i] > 0) eligible++;
        var postAt = new int[eligible];
        var timeAt = new long[eligible];
        for (int i = 0, p = 0; i < n; i++)
            if (shingleUpper[i] > 0) { postAt[p] = i; timeAt[p] = times[i]; p++; }
        Array.Sort(timeAt, postAt);

        // 3. Per band, link each post to the previous post in the same bucket (a time-ordered chain per bucket).
        //    A post with an in-window predecessor in any band is a candidate and will need its shingle set.
        //    Keys are first transposed into time order and band-major layout so each band scans memory sequentially.
        var keysByBand = new uint[bands][];
        for (var b = 0; b < bands; b++) keysByBand[b] = new uint[eligible];
        for (var p = 0; p < eligible; p++)
        {
            var row = bandKeys.AsSpan((int)((long)postAt[p] * bands), bands);
            for (var b = 0; b < bands; b++) keysByBand[b][p] = row[b];
        }
        bandKeys = null!; // let the GC reclaim it before the shingle sets are built
        var previous = new int[bands][];
        var isCandidate = new bool[eligible];
        Parallel.For(0, bands, parallel, b =>
        {
            var keys = keysByBand[b];
            var chain = previous[b] = new int[eligible];
            // Open addressing, key → latest position + 1 (0 = empty); at most half full.
            var bits = Math.Max(4, 64 - BitOperations.LeadingZeroCount((ulong)eligible) + 1);
            var mask = (1 << bits) - 1;
            var table = new int[1 << bits];
            for (var p = 0; p < eligible; p++)
            {
                var key = keys[p];
                var slot = (int)((key * 2654435769u) >> (32 - bits)) & mask;
                while (true)
                {
                    var stored = table[slot];
                    if (stored == 0) { chain[p] = -1; table[slot] = p + 1; break; }
                    var q = stored - 1;
                    if (keys[q] == key)
                    {
                        chain[p] = q;
                        table[slot] = p + 1;
                        if (timeAt[p] - timeAt[q] <= window) { isCandidate[p] = true; isCandidate[q] = true; }
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
            }
            keysByBand[b] = null!;
        });

        // 4. Sorted distinct shingle sets of candidate posts only, in one flat array.
        var offset = new long[eligible + 1];
        for (var p = 0; p < eligible; p++) offset[p + 1] = offset[p] + (isCandidate[p] ? shingleUpper[postAt[p]] : 0);
        var flat = new uint[offset[eligible]];
        var setLength = new int[eligible];
        ForRanges(eligible, 256, 16, parallel, range =>
        {
            var work = new Workspace(0);
            for (var p = range.Item1; p < range.Item2; p++)
            {
                if (!isCandidate[p]) continue;
                var count = work.ShingleCount(texts[postAt[p]], options, sortDistinct: true);
                work.Shingles.AsSpan(0, count).CopyTo(flat.AsSpan((int)offset[p], count));
                setLength[p] = count;
            }
        });

        // 5. Candidate pairs: walk each bucket chain back while in the window (at most MaxBucketNeighbours steps),
        //    de-duplicate across bands, verify by exact Jaccard.
        var found = new ConcurrentBag<List<NearDuplicatePair>>();
        long candidates = 0;
        var cap = options.MaxBucketNeighbours;
        ForRanges(eligible, 1024, 8, parallel, range =>
        {
            var seen = new int[eligible];
            Array.Fill(seen, -1);
            var pairs = new List<NearDuplicatePair>();
            long localCandidates = 0;
            for (var p = range.Item1; p < range.Item2; p++)
            {
                if (!isCandidate[p]) continue;
                var mine = flat.AsSpan((int)offset[p], setLength[p]);
                for (var b = 0; b < bands; b++)
                {
                    var chain = previous[b];
                    var q = chain[p];
                    for (var steps = 0; q >= 0 && steps < cap && timeAt[p] - timeAt[q] <= window; steps++, q = chain[q])
                    {
                        if (seen[q] == p) continue;
                        seen[q] = p;
                        localCandidates++;
                        if (!JaccardAtLeast(mine, flat.AsSpan((int)offset[q], setLength[q]), options.Threshold, out var jaccard)) continue;
                        int x = postAt[p], y = postAt[q];
                        pairs.Add(x < y ? new NearDuplicatePair(x, y, jaccard) : new NearDuplicatePair(y, x, jaccard));
                    }
                }
            }
            found.Add(pairs);
            Interlocked.Add(ref candidates, localCandidates);
        });

        var all = new NearDuplicatePair[found.Sum(l => l.Count)];
        var at = 0;
        foreach (var list in found) { list.CopyTo(all, at); at += list.Count; }
        var sortKeys = new long[all.Length];
        for (var k = 0; k < all.Length; k++) sortKeys[k] = ((long)all[k].A << 32) | (uint)all[k].B;
        Array.Sort(sortKeys, all);

        var (groupOfPost, groupCount) = Components(n, all);
        return new NearDuplicateResult
        {
            GroupOfPost = groupOfPost,
            GroupCount = groupCount,
            Pairs = all,
            ExcludedPosts = n - eligible,
            CandidatePairs = candidates,
        };
    }

    /// <summary>
    /// Runs <paramref name="body"/> over [0, count) in ranges of at least <paramref name="minRange"/>, about
    /// <paramref name="rangesPerThread"/> per thread. Nothing runs when count is 0: <see cref="Partitioner.Create(int, int, int)"/>
    /// refuses an empty range, and a corpus with no eligible text (CooRTweet's sample has none) is ordinary.
    /// </summary>
    private static void ForRanges(int count, int minRange, int rangesPerThread, ParallelOptions parallel, Action<Tuple<int, int>> body)
    {
        if (count <= 0) return;
        var size = Math.Max(minRange, count / (parallel.MaxDegreeOfParallelism * rangesPerThread) + 1);
        Parallel.ForEach(Partitioner.Create(0, count, size), parallel, body);
    }

    /// <summary>
    /// Exact Jaccard when it can reach <paramref name="threshold"/>; false early otherwise. Exact filters, no
    /// approximation: J ≤ min/max of the set sizes, and the merge stops once the common count can no longer reach
    /// the needed intersection ⌈t·(|a|+|b|)/(1+t)⌉. Most chance LSH collisions are rejected here cheaply.
    /// </summary>
    private static bool JaccardAtLeast(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, double threshold, out double jaccard)
    {
        jaccard = 0;
        if (Math.Min(a.Length, b.Length) < threshold * Math.Max(a.Length, b.Length) - 1e-9) return false;
        var needed = (int)Math.Ceiling(threshold * (a.Length + b.Length) / (1 + threshold) - 1e-9);
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            var x = a[i];
            var y = b[j];
            common += x == y ? 1 : 0;
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
            if (((i | j) & 15) == 0 && common + Math.Min(a.Length - i, b.Length - j) < needed) return false;
        }
        jaccard = (double)common / (a.Length + b.Length - common);
        return jaccard >= threshold;
    }

    private static void Validate(NearDuplicateOptions o)
    {
        if (o.Threshold is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(o.Threshold), o.Threshold, "must be in (0, 1]");
        if (o.WindowMs < 0) throw new ArgumentOutOfRangeException(nameof(o.WindowMs), o.WindowMs, "must not be negative");
        if (o.ShingleLength < 1) throw new ArgumentOutOfRangeException(nameof(o.ShingleLength), o.ShingleLength, "must be at least 1");
        if (o.Bands < 1 || o.RowsPerBand < 1) throw new ArgumentOutOfRangeException(nameof(o.Bands), "bands and rows must be at least 1");
        if (o.MaxBucketNeighbours < 1) throw new ArgumentOutOfRangeException(nameof(o.MaxBucketNeighbours), o.MaxBucketNeighbours, "must be at least 1");
    }

    /// <summary>Union-find over accepted pairs; groups numbered in order of their first post.</summary>
    private static (int[] GroupOfPost, int GroupCount) Components(int n, NearDuplicatePair[] pairs)
    {
        var parent = new int[n];
        for (var i = 0; i < n; i++) parent[i] = i;
        foreach (var pair in pairs)
        {
            int ra = Find(parent, pair.A), rb = Find(parent, pair.B);
            if (ra != rb) parent[Math.Max(ra, rb)] = Math.Min(ra, rb); // the root is the smallest index
        }
        var group = new int[n];
        Array.Fill(group, -1);
        var inPair = new bool[n];
        foreach (var pair in pairs) { inPair[pair.A] = true; inPair[pair.B] = true; }
        var next = 0;
        for (var i = 0; i < n; i++)
        {
            if (!inPair[i]) continue;
            var root = Find(parent, i);
            if (group[root] < 0) group[root] = next++;
            group[i] = group[root];
        }
        return (group, next);
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /// <summary>MinHash family h_i(x) = mix((x ⊕ b_i) · a_i) with odd a_i: a permutation of 32-bit values per i.</summary>
    private static (uint[] A, uint[] B) HashFamily(int count, int seed)
    {
        var a = new uint[count];
        var b = new uint[count];
        var state = (ulong)seed * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL;
        for (var i = 0; i < count; i++)
        {
            a[i] = (uint)SplitMix(ref state) | 1u;
            b[i] = (uint)SplitMix(ref state);
        }
        return (a, b);
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static void MinHash(ReadOnlySpan<uint> shingles, uint[] a, uint[] b, uint[] signature)
    {
        var h = signature.Length;
        signature.AsSpan().Fill(uint.MaxValue);
        var width = Vector<uint>.Count;
        var vectorised = Vector.IsHardwareAccelerated && h % width == 0 ? h : 0;
        if (vectorised > 0)
        {
            var va = MemoryMarshal.Cast<uint, Vector<uint>>(a.AsSpan());
            var vb = MemoryMarshal.Cast<uint, Vector<uint>>(b.AsSpan());
            var mins = MemoryMarshal.Cast<uint, Vector<uint>>(signature.AsSpan());
            var mix = new Vector<uint>(MixMultiplier);
            foreach (var x in shingles)
            {
                var vx = new Vector<uint>(x);
                for (var k = 0; k < mins.Length; k++)
                {
                    var v = (vx ^ vb[k]) * va[k];
                    v = (v ^ Vector.ShiftRightLogical(v, 16)) * mix;
                    mins[k] = Vector.Min(mins[k], v);
                }
            }
            return;
        }
        foreach (var x in shingles)
        {
            for (var k = 0; k < h; k++)
            {
                var v = (x ^ b[k]) * a[k];
                v = (v ^ (v >> 16)) * MixMultiplier;
                if (v < signature[k]) signature[k] = v;
            }
        }
    }

    private static uint BandKey(ReadOnlySpan<uint> rowValues, int band)
    {
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)band;
        foreach (var v in rowValues) h = (h ^ v) * 0xff51afd7ed558ccdUL;
        h ^= h >> 32;
        return (uint)h;
    }

    /// <summary>Per-thread buffers, grown as needed, so the per-post work allocates nothing.</summary>
    private sealed class Workspace(int signatureLength)
    {
        private char[] _normalized = new char[512];
        private char[] _scratch = new char[514];
        public uint[] Shingles = new uint[513];
        public readonly uint[] Signature = new uint[signatureLength];

        /// <summary>Shingles of the text into <see cref="Shingles"/>; 0 when the text is too short to take part.</summary>
        public int ShingleCount(string? text, NearDuplicateOptions options, bool sortDistinct)
        {
            if (string.IsNullOrEmpty(text)) return 0;
            var needed = TextNormalizer.MaxOutputLength(text);
            if (_normalized.Length < needed)
            {
                _normalized = new char[needed * 2];
                _scratch = new char[needed * 2 + 2];
                Shingles = new uint[needed * 2 + 1];
            }
            TextNormalizer.TryNormalize(text, _normalized, out var length);
            var count = TextShingler.Shingles(_normalized.AsSpan(0, length), options.ShingleLength, _scratch, Shingles, out var tokens, sortDistinct);
            return tokens < options.MinTokens ? 0 : count;
        }
    }
}
