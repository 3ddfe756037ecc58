using Swarmscope.Text;

namespace Swarmscope.Text.Tests;

public class NearDuplicateGrouperTests
{
    private static readonly string[] Vocabulary =
    [
        "the", "new", "kazakhstan", "vote", "choice", "people", "future", "president", "election", "we", "our", "country",
        "support", "together", "strong", "reform", "today", "tomorrow", "city", "almaty", "astana", "young", "family",
        "work", "jobs", "economy", "peace", "unity", "progress", "change", "always", "never", "truth", "news", "read",
        "share", "friends", "believe", "leader", "nation", "proud", "honest", "clean", "water", "roads", "schools",
        "доверие", "выбор", "страна", "будущее", "народ", "мир", "единство", "голосуй", "вперёд", "сегодня",
    ];

    /// <summary>
    /// No post long enough to take part (CooRTweet's sample has no text at all; two posts of "hello world" are below the
    /// minimum token count): nothing is grouped, nothing throws. The parallel loops once refused the empty range.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void CorporaWithoutEligibleTextGiveNoGroups(int which)
    {
        string?[] texts = which switch { 0 => [], 1 => [null, "", null], _ => ["hello world", "hello world"] };
        var result = NearDuplicateGrouper.Group(texts, new long[texts.Length]);
        Assert.Equal(0, result.GroupCount);
        Assert.Empty(result.Pairs);
        Assert.Equal(texts.Length, result.ExcludedPosts);
        Assert.All(result.GroupOfPost, g => Assert.Equal(-1, g));
    }

    [Fact]
    public void TemplatesWithSmallEditsAreGroupedAndUnrelatedTextsAreNot()
    {
        string[] texts =
        [
            "I made a choice for the new Kazakhstan! Vote #Tokayev",
            "We made a choice for the new Kazakhstan! Vote #Tokayev",
            "We made a choice for the new Kazakhstan!! Vote #Tokayev https://t.co/abc",
            "I made a ch\u043Eice for the new Kazakhstan! V\u043Ete #Tokayev", // Cyrillic о
            "Polling station 17 opens at 8:00, bring your passport and vote early",
            "Polling station 23 opens at 8:00, bring your passport and vote early",
            "The weather in Almaty is lovely today, going for a walk in the mountains",
            "Our football team lost again, what a disappointing season this has been",
            "Thanks!",
        ];
        var times = new long[texts.Length];
        for (var i = 0; i < times.Length; i++) times[i] = 1_700_000_000_000 + i * 60_000;

        var result = NearDuplicateGrouper.Group(texts, times, new NearDuplicateOptions());

        var g = result.GroupOfPost;
        Assert.True(g[0] >= 0);
        Assert.Equal(g[0], g[1]);
        Assert.Equal(g[0], g[2]);
        Assert.Equal(g[0], g[3]);
        Assert.True(g[4] >= 0);
        Assert.Equal(g[4], g[5]);
        Assert.NotEqual(g[0], g[4]);
        Assert.Equal(-1, g[6]);
        Assert.Equal(-1, g[7]);
        Assert.Equal(-1, g[8]);
        Assert.Equal(2, result.GroupCount);
        Assert.Equal(1, result.ExcludedPosts); // "Thanks!" is too short
        Assert.Contains(result.Pairs, p => p.A == 0 && p.B == 3 && p.Jaccard == 1.0);
    }

    [Fact]
    public void SwappedNamesAreGrouped()
    {
        string[] texts =
        [
            "Nurlan from Karaganda says the new president keeps every promise he made",
            "Aigerim from Karaganda says the new president keeps every promise he made",
            "Nurlan from Shymkent says the new president keeps every promise he made",
        ];
        var result = NearDuplicateGrouper.Group(texts, [0, 1000, 2000], new NearDuplicateOptions());
        Assert.Equal(1, result.GroupCount);
        Assert.All(result.GroupOfPost, g => Assert.Equal(0, g));
    }

    [Fact]
    public void PostsOutsideTheWindowAreNotPaired()
    {
        string[] texts =
        [
            "We made a choice for the new Kazakhstan! Vote #Tokayev",
            "We made a choice for the new Kazakhstan! Vote #Tokayev",
            "We made a choice for the new Kazakhstan! Vote #Tokayev",
        ];
        long[] times = [0, 3_600_000, 3_600_001 + 3_600_000];
        var result = NearDuplicateGrouper.Group(texts, times, new NearDuplicateOptions { WindowMs = 3_600_000 });
        Assert.Single(result.Pairs);
        Assert.Equal((0, 1), (result.Pairs[0].A, result.Pairs[0].B));
        Assert.Equal(-1, result.GroupOfPost[2]);

        var unlimited = NearDuplicateGrouper.Group(texts, times, new NearDuplicateOptions { WindowMs = null });
        Assert.Equal(3, unlimited.Pairs.Length);
        var noTimes = NearDuplicateGrouper.Group(texts, ReadOnlySpan<long>.Empty, new NearDuplicateOptions());
        Assert.Equal(3, noTimes.Pairs.Length);
    }

    [Fact]
    public void GiantBucketOfBoilerplateStaysLinearAndConnected()
    {
        var n = 5000;
        var texts = new string[n];
        var times = new long[n];
        for (var i = 0; i < n; i++) { texts[i] = "Breaking news: the parliament approved the new budget today"; times[i] = i; }
        var result = NearDuplicateGrouper.Group(texts, times, new NearDuplicateOptions { MaxBucketNeighbours = 8 });
        Assert.Equal(1, result.GroupCount);
        Assert.All(result.GroupOfPost, g => Assert.Equal(0, g));
        Assert.True(result.CandidatePairs <= (long)n * 8, $"{result.CandidatePairs} candidates");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void AgreesWithBruteForceExactJaccardOnRandomCorpora(int seed)
    {
        var random = new Random(seed);
        var (texts, times) = RandomCorpus(random, 600);
        var options = new NearDuplicateOptions { Threshold = 0.6, WindowMs = 600_000, MaxBucketNeighbours = 100_000 };

        var result = NearDuplicateGrouper.Group(texts, times, options);
        var reference = BruteForce(texts, times, options);

        // Precision is exact: every accepted pair is in the window and its Jaccard equals the reference and is >= threshold.
        foreach (var pair in result.Pairs)
        {
            Assert.True(reference.TryGetValue((pair.A, pair.B), out var j), $"pair {pair.A},{pair.B} not eligible in the reference");
            Assert.Equal(j, pair.Jaccard, 12);
            Assert.True(pair.Jaccard >= options.Threshold);
        }
        // Recall: every pair clearly above the threshold is found (LSH misses at J >= 0.75 have probability < 2e-4 per pair).
        var strong = 0;
        var accepted = result.Pairs.Select(p => (p.A, p.B)).ToHashSet();
        foreach (var ((a, b), j) in reference)
        {
            if (j < options.Threshold + 0.15) continue;
            strong++;
            Assert.Contains((a, b), accepted);
        }
        Assert.True(strong > 200, $"only {strong} strong pairs: the corpus does not test recall");
        // Near the threshold LSH is probabilistic: expect at least 95% of pairs in [0.6, 0.75).
        var border = reference.Where(kv => kv.Value >= options.Threshold && kv.Value < options.Threshold + 0.15).ToList();
        var borderFound = border.Count(kv => accepted.Contains(kv.Key));
        Assert.True(border.Count > 20, $"only {border.Count} border pairs");
        Assert.True(borderFound >= 0.95 * border.Count, $"{borderFound}/{border.Count} border pairs found");
        // Groups are exactly the components of the accepted pairs.
        foreach (var pair in result.Pairs) Assert.Equal(result.GroupOfPost[pair.A], result.GroupOfPost[pair.B]);
        for (var i = 0; i < texts.Length; i++)
            if (result.GroupOfPost[i] >= 0) Assert.Contains(result.Pairs, p => p.A == i || p.B == i);
    }

    [Fact]
    public void ResultDoesNotDependOnThreadCount()
    {
        var (texts, times) = RandomCorpus(new Random(7), 800);
        var one = NearDuplicateGrouper.Group(texts, times, new NearDuplicateOptions { MaxDegreeOfParallelism = 1 });
        var two = NearDuplicateGrouper.Group(texts, times, new NearDuplicateOptions { MaxDegreeOfParallelism = 2 });
        Assert.Equal(one.GroupOfPost, two.GroupOfPost);
        Assert.Equal(one.Pairs, two.Pairs);
    }

    /// <summary>Templates, each posted in variants with word substitutions, deletions, insertions and number swaps, plus random texts.</summary>
    private static (string?[] Texts, long[] Times) RandomCorpus(Random random, int count)
    {
        var texts = new string?[count];
        var times = new long[count];
        var templates = new List<string[]>();
        for (var t = 0; t < 25; t++) templates.Add(RandomWords(random, random.Next(6, 20)));
        for (var i = 0; i < count; i++)
        {
            times[i] = random.NextInt64(0, 3_600_000);
            if (random.NextDouble() < 0.7)
            {
                var words = templates[random.Next(templates.Count)].ToList();
                var edits = random.Next(0, 4);
                for (var e = 0; e < edits; e++)
                {
                    switch (random.Next(4))
                    {
                        case 0: words[random.Next(words.Count)] = Vocabulary[random.Next(Vocabulary.Length)]; break;
                        case 1: if (words.Count > 6) words.RemoveAt(random.Next(words.Count)); break;
                        case 2: words.Insert(random.Next(words.Count + 1), Vocabulary[random.Next(Vocabulary.Length)]); break;
                        default: words.Insert(random.Next(words.Count + 1), random.Next(1, 100).ToString()); break;
                    }
                }
                texts[i] = string.Join(' ', words);
            }
            else texts[i] = random.Next(20) == 0 ? null : string.Join(' ', RandomWords(random, random.Next(2, 20)));
        }
        return (texts, times);
    }

    private static string[] RandomWords(Random random, int n)
    {
        var words = new string[n];
        for (var i = 0; i < n; i++) words[i] = Vocabulary[random.Next(Vocabulary.Length)];
        return words;
    }

    /// <summary>All pairs of eligible posts within the window with their exact Jaccard (independent of LSH).</summary>
    private static Dictionary<(int, int), double> BruteForce(string?[] texts, long[] times, NearDuplicateOptions options)
    {
        var sets = new HashSet<string>?[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            var normalized = TextNormalizer.Normalize(texts[i]);
            // Reference shingling with strings, independent of the hashed implementation.
            var words = normalized.Split(c => !char.IsLetterOrDigit(c));
            if (words.Length < options.MinTokens) continue;
            var stream = string.Join(' ', words);
            var set = new HashSet<string>();
            if (stream.Length <= options.ShingleLength) set.Add(stream);
            else for (var k = 0; k + options.ShingleLength <= stream.Length; k++) set.Add(stream.Substring(k, options.ShingleLength));
            sets[i] = set;
        }
        var pairs = new Dictionary<(int, int), double>();
        for (var a = 0; a < texts.Length; a++)
        {
            if (sets[a] is not { } sa) continue;
            for (var b = a + 1; b < texts.Length; b++)
            {
                if (sets[b] is not { } sb || Math.Abs(times[a] - times[b]) > options.WindowMs) continue;
                var common = sa.Count(sb.Contains);
                pairs[(a, b)] = (double)common / (sa.Count + sb.Count - common);
            }
        }
        return pairs;
    }
}

file static class SplitExtensions
{
    public static string[] Split(this string s, Func<char, bool> isSeparator)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= s.Length; i++)
        {
            var separator = i == s.Length || isSeparator(s[i]);
            if (!separator && start < 0) start = i;
            else if (separator && start >= 0) { words.Add(s[start..i]); start = -1; }
        }
        return words.ToArray();
    }
}
