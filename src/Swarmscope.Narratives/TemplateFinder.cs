using Swarmscope.Core;
using Swarmscope.Text;

namespace Swarmscope.Narratives;

/// <summary>
/// Groups authored posts into templates with <see cref="NearDuplicateGrouper"/> (MinHash + LSH, exact Jaccard ≥ 0.6
/// on character 5-grams of the folded text, so Cyrillic and Latin Kazakh copies join), then describes each group:
/// slots (<see cref="TemplateSlotExtractor"/>), accounts, clusters, first/last seen, platforms, examples.
/// </summary>
public static class TemplateFinder
{
    public static List<Template> Find(NarrativeCorpus corpus, TemplateOptions? options = null)
    {
        options ??= new TemplateOptions();
        var n = corpus.Count;
        var texts = new string?[n];
        for (var i = 0; i < n; i++) texts[i] = corpus.IsAuthored(i) ? corpus.Text[i] : null;
        var grouping = NearDuplicateGrouper.Group(texts, corpus.TimeMs, new NearDuplicateOptions
        {
            WindowMs = options.WindowMs,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
        });
        texts = null;

        // Members per group (counting sort), in corpus order; then time order within the group.
        var size = new int[grouping.GroupCount];
        foreach (var g in grouping.GroupOfPost) if (g >= 0) size[g]++;
        var start = new int[grouping.GroupCount + 1];
        for (var g = 0; g < size.Length; g++) start[g + 1] = start[g] + size[g];
        var members = new int[start[^1]];
        var fill = (int[])start.Clone();
        for (var i = 0; i < n; i++) { var g = grouping.GroupOfPost[i]; if (g >= 0) members[fill[g]++] = i; }

        var groups = Enumerable.Range(0, grouping.GroupCount).Where(g => size[g] >= options.MinPosts).ToList();
        var found = new Template?[groups.Count];
        Parallel.For(0, groups.Count, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount }, k =>
        {
            var g = groups[k];
            var posts = members[start[g]..start[g + 1]];
            Array.Sort(posts, (a, b) => corpus.TimeMs[a] != corpus.TimeMs[b] ? corpus.TimeMs[a].CompareTo(corpus.TimeMs[b]) : a.CompareTo(b));
            found[k] = Describe(corpus, posts, options);
        });
        var ordered = found.Select(t => t!).OrderByDescending(t => t.Posts.Length).ThenBy(t => t.FirstMs).ToList();
        var result = new List<Template>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var t = ordered[i];
            result.Add(new Template
            {
                Id = i + 1, Text = t.Text, Slots = t.Slots, Posts = t.Posts, Accounts = t.Accounts, Clusters = t.Clusters,
                ClusteredShare = t.ClusteredShare, FirstMs = t.FirstMs, LastMs = t.LastMs, Platforms = t.Platforms,
                Examples = t.Examples, Representative = t.Representative,
            });
        }
        return result;
    }

    private static Template Describe(NarrativeCorpus corpus, int[] posts, TemplateOptions options)
    {
        // Sample evenly over time so a template's early and late wording both count.
        var sample = posts.Length <= options.MaxAlignedMembers
            ? posts
            : Enumerable.Range(0, options.MaxAlignedMembers).Select(k => posts[(int)((long)k * posts.Length / options.MaxAlignedMembers)]).ToArray();
        var keys = sample.Select(p => TextNormalizer.Normalize(corpus.Text[p])).ToArray();
        // Representative: the most common exact wording (after normalisation), earliest on ties.
        var representative = keys.Select((k, i) => (k, i)).GroupBy(x => x.k, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().i).First().First().i;
        var (text, slots) = TemplateSlotExtractor.Extract(sample.Select(p => corpus.Text[p]).ToList(), representative);

        var accounts = new HashSet<int>();
        var clusters = new Dictionary<int, int>();
        var platforms = new Dictionary<Platform, int>();
        var clustered = 0;
        var examples = new List<int>();
        foreach (var p in posts)
        {
            var a = corpus.PostAccount[p];
            if (accounts.Add(a) && examples.Count < 5) examples.Add(p);
            var c = corpus.AccountCluster[a];
            if (c >= 0) { clustered++; clusters[c] = clusters.GetValueOrDefault(c) + 1; }
            var pl = corpus.PostPlatform[p];
            platforms[pl] = platforms.GetValueOrDefault(pl) + 1;
        }
        return new Template
        {
            Id = 0, Text = text, Slots = slots, Posts = posts, Accounts = accounts.Count, Clusters = clusters,
            ClusteredShare = (double)clustered / posts.Length, FirstMs = corpus.TimeMs[posts[0]], LastMs = corpus.TimeMs[posts[^1]],
            Platforms = platforms, Examples = [.. examples], Representative = sample[representative],
        };
    }
}
