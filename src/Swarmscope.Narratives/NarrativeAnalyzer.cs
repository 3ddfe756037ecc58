namespace Swarmscope.Narratives;

/// <summary>
/// One narratives run over a corpus: templates, their and the clusters' active/dormant periods, targets and stance,
/// group stance per period and its flips, attack swarms, and (with a codebook) frame assignments.
/// </summary>
public static class NarrativeAnalyzer
{
    public static NarrativeFindings Analyze(NarrativeCorpus corpus, StanceLexicon lexicon, Watchlist? watchlist = null,
        IReadOnlyList<FrameDefinition>? frames = null, NarrativeOptions? options = null)
    {
        options ??= new NarrativeOptions();
        var templates = TemplateFinder.Find(corpus, options.Templates with { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism });
        var activity = ActivityAnalyzer.Analyze(corpus, templates, options.Activity);
        var (targets, mentions) = TargetAnalyzer.Analyze(corpus, lexicon, watchlist, options.MaxDegreeOfParallelism);
        var (stances, flips) = StanceFlipFinder.Find(corpus, templates, mentions, options);
        var swarms = AttackSwarmFinder.Find(corpus, mentions, options);
        var assignments = frames is { Count: > 0 } ? new FrameMatcher(frames).Assign(corpus, options.MaxDegreeOfParallelism) : [];
        return new NarrativeFindings
        {
            Corpus = corpus, Templates = templates, Activity = activity, Targets = targets, Mentions = mentions,
            Stances = stances, Flips = flips, Swarms = swarms, Frames = frames ?? [], FrameAssignments = assignments,
            LexiconEntries = lexicon.Count,
        };
    }
}
