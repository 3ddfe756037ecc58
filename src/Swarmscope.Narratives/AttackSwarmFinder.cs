using Swarmscope.Core.Statistics;

namespace Swarmscope.Narratives;

/// <summary>
/// Attack swarms (brigading): per target, hostile posts (attack stance) that reply to, mention or name it are
/// chained into episodes while consecutive posts are at most <see cref="NarrativeOptions.SwarmGapMs"/> apart. An
/// episode is a swarm when at least <see cref="NarrativeOptions.SwarmMinAccounts"/> distinct accounts took part and
/// its post count is improbable under the target's own rate of hostile posts: p = P(Poisson(rate × span) ≥ posts),
/// Bonferroni-corrected over the number of gap-sized windows in the data for all targets.
/// </summary>
public static class AttackSwarmFinder
{
    public static List<AttackSwarm> Find(NarrativeCorpus corpus, IReadOnlyList<TargetMention> mentions, NarrativeOptions options)
    {
        var hostile = mentions.Where(m => m.Stance == Stance.Attack).GroupBy(m => m.Target);
        long first = long.MaxValue, last = long.MinValue;
        foreach (var t in corpus.TimeMs) { first = Math.Min(first, t); last = Math.Max(last, t); }
        var span = Math.Max(1, last - first);
        var targetsWithHostility = mentions.Where(m => m.Stance == Stance.Attack).Select(m => m.Target).Distinct().Count();
        var tests = Math.Max(1.0, targetsWithHostility * Math.Ceiling((double)span / options.SwarmGapMs));
        var swarms = new List<AttackSwarm>();
        foreach (var group in hostile)
        {
            var posts = group.Select(m => m.Post).Distinct().OrderBy(p => corpus.TimeMs[p]).ToArray();
            if (posts.Length < options.SwarmMinAccounts) continue;
            var ratePerMs = (double)posts.Length / span;
            var start = 0;
            for (var i = 1; i <= posts.Length; i++)
            {
                if (i < posts.Length && corpus.TimeMs[posts[i]] - corpus.TimeMs[posts[i - 1]] <= options.SwarmGapMs) continue;
                var episode = posts[start..i];
                start = i;
                var accounts = episode.Select(p => corpus.PostAccount[p]).Distinct().ToArray();
                if (accounts.Length < options.SwarmMinAccounts) continue;
                var startMs = corpus.TimeMs[episode[0]];
                var endMs = corpus.TimeMs[episode[^1]];
                // The episode's own span plus one gap: the chaining rule would have admitted posts that far out.
                var expected = ratePerMs * (endMs - startMs + options.SwarmGapMs);
                var p = Math.Min(1, PoissonTail.AtLeast(episode.Length, Math.Max(expected, 0)) * tests);
                if (p > options.SwarmAlpha) continue;
                var clusters = new Dictionary<int, int>();
                var clustered = 0;
                foreach (var a in accounts)
                {
                    var c = corpus.AccountCluster[a];
                    if (c < 0) continue;
                    clustered++;
                    clusters[c] = clusters.GetValueOrDefault(c) + 1;
                }
                swarms.Add(new AttackSwarm(group.Key, accounts.Length, episode.Length, startMs, endMs, (double)clustered / accounts.Length,
                    clusters, p, episode.Take(Math.Max(options.EvidencePosts, 20)).ToArray()));
            }
        }
        return swarms.OrderByDescending(s => s.Accounts).ThenBy(s => s.StartMs).ToList();
    }
}
