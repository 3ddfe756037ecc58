using Swarmscope.Core.Codebooks;

namespace Swarmscope.Narratives;

/// <summary>
/// One narratives run over a corpus: templates, their and the clusters' active/dormant periods, targets and stance,
/// group stance per period and its flips, attack swarms, and (with a codebook) frame assignments.
/// </summary>
public static class NarrativeAnalyzer
{
    public static NarrativeFindings Analyze(NarrativeCorpus corpus, StanceLexicon lexicon, Watchlist? watchlist = null,
        Codebook? codebook = null, NarrativeOptions? options = null)
    {
        options ??= new NarrativeOptions();
        var templates = TemplateFinder.Find(corpus, options.Templates with { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism });
        var activity = ActivityAnalyzer.Analyze(corpus, templates, options.Activity);
        var (targets, mentions) = TargetAnalyzer.Analyze(corpus, lexicon, watchlist, options.MaxDegreeOfParallelism);
        var (stances, flips) = StanceFlipFinder.Find(corpus, templates, mentions, options);
        var swarms = AttackSwarmFinder.Find(corpus, mentions, options);
        var matcher = codebook is null ? null : new FrameMatcher(codebook);
        var assignments = matcher is null ? [] : matcher.Assign(corpus, options.MaxDegreeOfParallelism);
        return new NarrativeFindings
        {
            Corpus = corpus, Templates = templates, Activity = activity, Targets = targets, Mentions = mentions,
            Stances = stances, Flips = flips, Swarms = swarms, Frames = matcher?.Frames ?? [], FrameAssignments = assignments,
            LexiconEntries = lexicon.Count,
        };
    }
}
