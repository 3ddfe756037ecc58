using System.Collections.Concurrent;
using Swarmscope.Core.Codebooks;
using Swarmscope.Text;

namespace Swarmscope.Narratives;

/// <summary>
/// Assigns posts to codebook frames by key phrases. Phrases and posts pass through <see cref="TermAnalyzer"/> (stems,
/// one key for Cyrillic and Latin Kazakh), and a phrase matches when its terms occur contiguously in the post, so a
/// phrase in any language matches any post in that language, in any inflection and script. A post that matches a
/// child frame also counts for its ancestors (the frames form a tree).
/// </summary>
public sealed class FrameMatcher
{
    /// <summary>Every frame of the codebook's tree, parents before their children.</summary>
    public IReadOnlyList<Frame> Frames { get; }
    private readonly int[] _parent;
    private readonly Dictionary<string, List<(string[] Terms, int Frame, string Phrase)>> _byFirst = new(StringComparer.Ordinal);

    public FrameMatcher(Codebook codebook)
    {
        var frames = codebook.AllFrames().ToList();
        Frames = frames;
        var index = new Dictionary<Frame, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < frames.Count; i++) index[frames[i]] = i;
        _parent = frames.Select(f => f.Parent is { } p && index.TryGetValue(p, out var i) ? i : -1).ToArray();
        var analyzer = new TermAnalyzer();
        for (var f = 0; f < frames.Count; f++)
            foreach (var (language, phrases) in frames[f].Phrases)
                foreach (var phrase in phrases)
                {
                    var terms = analyzer.Terms(phrase, TargetAnalyzer.LanguageOf(language)).ToArray();
                    if (terms.Length == 0) continue;
                    if (!_byFirst.TryGetValue(terms[0], out var list)) _byFirst[terms[0]] = list = [];
                    list.Add((terms, f, phrase));
                }
    }

    public int PhraseCount => _byFirst.Values.Sum(l => l.Count);

    /// <summary>Frames of one post from its terms: (frame, distinct phrases of it and its descendants).</summary>
    public void Match(IReadOnlyList<string> terms, Dictionary<int, SortedSet<string>> found)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            if (!_byFirst.TryGetValue(terms[i], out var candidates)) continue;
            foreach (var (phrase, frame, text) in candidates)
            {
                if (i + phrase.Length > terms.Count) continue;
                var ok = true;
                for (var k = 1; k < phrase.Length && ok; k++) ok = string.Equals(terms[i + k], phrase[k], StringComparison.Ordinal);
                if (!ok) continue;
                for (var f = frame; f >= 0; f = _parent[f])
                {
                    if (!found.TryGetValue(f, out var set)) found[f] = set = new SortedSet<string>(StringComparer.Ordinal);
                    set.Add(text);
                }
            }
        }
    }

    /// <summary>Every authored post's frames, in post order.</summary>
    public List<FrameAssignment> Assign(NarrativeCorpus corpus, int? maxDegreeOfParallelism = null)
    {
        var bag = new ConcurrentBag<List<FrameAssignment>>();
        Parallel.ForEach(Partitioner.Create(0, corpus.Count, 4096), new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount },
            () => (Analyzer: new TermAnalyzer(), Terms: new List<string>(), Found: new Dictionary<int, SortedSet<string>>(), Out: new List<FrameAssignment>()),
            (range, _, local) =>
            {
                for (var p = range.Item1; p < range.Item2; p++)
                {
                    if (!corpus.IsAuthored(p) || string.IsNullOrEmpty(corpus.Text[p])) continue;
                    local.Terms.Clear();
                    local.Found.Clear();
                    local.Analyzer.AddTerms(corpus.Text[p], local.Terms, TargetAnalyzer.LanguageOf(corpus.Language[p]));
                    Match(local.Terms, local.Found);
                    foreach (var (f, phrases) in local.Found) local.Out.Add(new FrameAssignment(p, f, phrases.Count, string.Join("; ", phrases)));
                }
                return local;
            },
            local => bag.Add(local.Out));
        return bag.SelectMany(x => x).OrderBy(a => a.Post).ThenBy(a => a.Frame).ToList();
    }
}
