using System.Collections.Concurrent;
using Swarmscope.Text;

namespace Swarmscope.Narratives;

/// <summary>
/// Finds who each authored post is about — the replied-to account, @mentioned accounts, watchlist names in the text —
/// and its stance from the stance lexicon (<see cref="StanceLexicon.Score"/> over the post's terms). One stance per
/// post: a post praising one target and attacking another in the same sentence gets their net (see docs/narratives.md).
/// </summary>
public static class TargetAnalyzer
{
    public static (List<NarrativeTarget> Targets, List<TargetMention> Mentions) Analyze(
        NarrativeCorpus corpus, StanceLexicon lexicon, Watchlist? watchlist, int? maxDegreeOfParallelism = null)
    {
        // Target index space: watchlist entries first, then every replied-to or mentioned account not on the watchlist.
        var labels = new List<string>();
        var watchIds = new List<string?>();
        if (watchlist is not null)
            foreach (var t in watchlist.Targets) { labels.Add(t.Name); watchIds.Add(t.Id); }
        var ofAccountTarget = new int[corpus.TargetNames.Length];
        for (var i = 0; i < ofAccountTarget.Length; i++)
        {
            var w = watchlist?.TargetOfHandle(corpus.TargetNames[i]) ?? -1;
            if (w >= 0) { ofAccountTarget[i] = w; continue; }
            ofAccountTarget[i] = labels.Count;
            labels.Add("@" + corpus.TargetNames[i]);
            watchIds.Add(null);
        }

        var bag = new ConcurrentBag<List<TargetMention>>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount };
        Parallel.ForEach(Partitioner.Create(0, corpus.Count, 4096), parallel,
            () => (Analyzer: new TermAnalyzer(), Found: new List<TargetMention>(), Targets: new Dictionary<int, TargetKind>(), Names: new HashSet<int>(), Terms: new List<string>(), Matches: new List<string>()),
            (range, _, local) =>
            {
                for (var p = range.Item1; p < range.Item2; p++)
                {
                    if (!corpus.IsAuthored(p)) continue;
                    local.Targets.Clear();
                    if (corpus.ReplyTarget[p] >= 0) Add(local.Targets, ofAccountTarget[corpus.ReplyTarget[p]], TargetKind.Reply);
                    for (var m = corpus.MentionStart[p]; m < corpus.MentionStart[p + 1]; m++)
                        Add(local.Targets, ofAccountTarget[corpus.MentionTargets[m]], TargetKind.Mention);
                    if (watchlist is not null && !string.IsNullOrEmpty(corpus.Text[p]))
                    {
                        local.Names.Clear();
                        watchlist.FindNames(Watchlist.Words(corpus.Text[p]), local.Names);
                        foreach (var t in local.Names) Add(local.Targets, t, TargetKind.Name);
                    }
                    if (local.Targets.Count == 0) continue;
                    local.Terms.Clear();
                    local.Matches.Clear();
                    local.Analyzer.AddTerms(corpus.Text[p], local.Terms, LanguageOf(corpus.Language[p]));
                    var score = lexicon.Score(local.Terms, local.Matches);
                    var stance = StanceLexicon.StanceOf(score);
                    var phrases = local.Matches.Count == 0 ? null : string.Join("; ", local.Matches.Distinct());
                    foreach (var (t, kind) in local.Targets) local.Found.Add(new TargetMention(p, t, kind, stance, score, phrases));
                }
                return local;
            },
            local => bag.Add(local.Found));
        var mentions = bag.SelectMany(x => x).OrderBy(m => m.Post).ThenBy(m => m.Target).ToList();

        var praise = new int[labels.Count];
        var neutral = new int[labels.Count];
        var attack = new int[labels.Count];
        var accounts = new HashSet<(int, int)>();
        var accountCount = new int[labels.Count];
        foreach (var m in mentions)
        {
            (m.Stance == Stance.Praise ? praise : m.Stance == Stance.Attack ? attack : neutral)[m.Target]++;
            if (accounts.Add((m.Target, corpus.PostAccount[m.Post]))) accountCount[m.Target]++;
        }
        var targets = new List<NarrativeTarget>(labels.Count);
        for (var t = 0; t < labels.Count; t++)
            targets.Add(new NarrativeTarget(t, labels[t], watchIds[t], praise[t] + neutral[t] + attack[t], accountCount[t], praise[t], neutral[t], attack[t]));
        return (targets, mentions);
    }

    private static void Add(Dictionary<int, TargetKind> targets, int target, TargetKind kind) =>
        targets[target] = targets.GetValueOrDefault(target) | kind;

    /// <summary>The language a source declared ("ru", "Russian", "kk", "kaz", "en", "English"…), else Unknown (guessed from letters).</summary>
    public static TextLanguage LanguageOf(string? declared) => declared?.Trim().ToLowerInvariant() switch
    {
        "ru" or "rus" or "russian" or "русский" => TextLanguage.Russian,
        "kk" or "kaz" or "kazakh" or "қазақ" or "казахский" => TextLanguage.Kazakh,
        "en" or "eng" or "english" => TextLanguage.English,
        _ => TextLanguage.Unknown,
    };
}
