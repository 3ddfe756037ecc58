using System.Globalization;
using System.Text;
using Swarmscope.Core;
using Swarmscope.Core.Csv;

namespace Swarmscope.Simulation.Narratives;

/// <summary>
/// A world for testing narrative analyses (issue 14), written in swarmscope-csv beside the coordination world:
/// narrative-posts.csv and narrative-truth.csv. Organic accounts post everyday texts and now and then reply to the
/// targets with a random stance; planted farms do what the seed documents describe:
/// <list type="bullet">
/// <item><b>flip</b>: a farm praises a candidate in bursts of replies, then from a flip day on attacks him;</item>
/// <item><b>swarm</b>: a brigade of accounts replies to a critic with insults within twenty minutes;</item>
/// <item><b>onoff</b>: a farm posts a Kazakh template every day, in Cyrillic and in the 2018 and 2021 Latin alphabets,
/// falls silent for weeks (switched off after exposure) and comes back.</item>
/// </list>
/// Truth rows: tactic, id, target, start, end (UTC), accounts (space-separated ids). Seeded and deterministic.
/// </summary>
public sealed class NarrativeSimulator(NarrativeSimulationOptions options)
{
    public const string TruthHeader = "tactic,id,target,start,end,accounts";
    private const long MinuteMs = 60_000;
    private const long DayMs = 86_400_000;

    private readonly Random _random = new(options.Seed * 7919 + 14);
    private NarrativeTexts _texts = null!;
    private CsvWriter _posts = null!;
    private long _nextPostId = 1_790_000_000_000_000_000;
    private readonly List<(string Tactic, string Id, string Target, long Start, long End, IReadOnlyList<string> Accounts)> _truth = [];
    private int _posted;

    public int Posts => _posted;

    public void WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var posts = new StreamWriter(Path.Combine(directory, "narrative-posts.csv"), false, utf8, 1 << 16);
        using var truth = new StreamWriter(Path.Combine(directory, "narrative-truth.csv"), false, utf8, 1 << 16);
        Write(posts, truth);
    }

    public void Write(TextWriter posts, TextWriter truth)
    {
        _texts = new NarrativeTexts(_random);
        _posts = new CsvWriter(posts);
        posts.Write(CoordinationSimulator.PostsHeader);
        posts.Write('\n');
        var start = options.Start.ToUnixTimeMilliseconds();
        var end = start + options.Days * DayMs;

        string[] candidates = ["kandidat_aqzhol", "kandidat_birlik"];
        string[] critics = ["critic_nurbek", "critic_saule", "critic_yerzhan", "critic_madina"];
        var targets = candidates.Concat(critics).ToArray();
        foreach (var t in targets) Write(t, PostKind.Post, start + _random.NextInt64(DayMs), "Сәлем! " + _texts.Everyday(), null);

        var organic = Enumerable.Range(0, options.OrganicAccounts).Select(i => $"citizen_{options.Seed}_{i:D4}").ToArray();
        var organicPosts = (int)(options.OrganicAccounts * options.OrganicRate * options.Days);
        for (var k = 0; k < organicPosts; k++)
        {
            var a = organic[_random.Next(organic.Length)];
            var time = start + _random.NextInt64(end - start);
            if (_random.NextDouble() < options.OrganicTargetShare)
            {
                var target = targets[_random.Next(targets.Length)];
                var text = _random.Next(3) switch { 0 => _texts.PraiseOf("@" + target), 1 => _texts.AttackOf("@" + target), _ => _texts.NeutralOf("@" + target) };
                Write(a, PostKind.Reply, time, text, target);
            }
            else Write(a, PostKind.Post, time, _texts.Everyday(), null);
        }

        for (var f = 0; f < options.FlipFarms; f++) Flip(f, candidates[f % candidates.Length], start, end);
        for (var s = 0; s < options.Swarms; s++) Swarm(s, critics[s % critics.Length], start, end);
        for (var o = 0; o < options.OnOffFarms; o++) OnOff(o, start, end);

        truth.Write(TruthHeader);
        truth.Write('\n');
        var w = new CsvWriter(truth);
        foreach (var (tactic, id, target, s0, e0, accounts) in _truth)
            w.TextRecord(tactic, id, target, FormatTime(s0), FormatTime(e0), string.Join(' ', accounts));
    }

    /// <summary>Praise replies in daily bursts until the flip day, attack replies after it.</summary>
    private void Flip(int f, string target, long start, long end)
    {
        var farm = Farm($"flip{f}");
        var flipDay = start + (options.Days / 2 + _random.Next(-10, 10)) * DayMs;
        for (var day = start + 3 * DayMs; day < end - 3 * DayMs; day += DayMs)
        {
            if (_random.Next(4) == 0) continue; // not every day
            var t0 = day + (9 + _random.Next(9)) * 60 * MinuteMs;
            foreach (var a in farm)
            {
                if (_random.Next(3) == 0) continue;
                var text = t0 < flipDay ? _texts.PraiseOf("@" + target) : _texts.AttackOf("@" + target);
                Write(a, PostKind.Reply, t0 + _random.NextInt64(10 * MinuteMs), text, target);
            }
        }
        _truth.Add(("flip", $"flip{f}", target, flipDay, flipDay, farm));
    }

    /// <summary>Every brigade member replies once or twice with an insult within twenty minutes.</summary>
    private void Swarm(int s, string target, long start, long end)
    {
        var brigade = Farm($"brigade{s}", options.SwarmSize);
        var t0 = start + (10 + _random.Next(options.Days - 20)) * DayMs + (8 + _random.Next(12)) * 60 * MinuteMs;
        var last = t0;
        foreach (var a in brigade)
            for (var k = 0; k < 1 + _random.Next(2); k++)
            {
                var t = t0 + _random.NextInt64(20 * MinuteMs);
                last = Math.Max(last, t);
                Write(a, PostKind.Reply, t, _texts.AttackOf("@" + target), target);
            }
        _truth.Add(("swarm", $"swarm{s}", target, t0, last, brigade));
    }

    /// <summary>A Kazakh template every day in either script, switched off for three to five weeks in the middle.</summary>
    private void OnOff(int o, long start, long end)
    {
        var farm = Farm($"onoff{o}");
        var offStart = start + (options.Days / 3 + _random.Next(10)) * DayMs;
        var offEnd = offStart + (21 + _random.Next(15)) * DayMs;
        for (var day = start + DayMs; day < end - DayMs; day += DayMs)
        {
            if (day >= offStart && day < offEnd) continue;
            var t0 = day + (10 + _random.Next(6)) * 60 * MinuteMs;
            foreach (var a in farm)
            {
                if (_random.Next(4) == 0) continue;
                var (text, _) = _texts.KazakhTemplate(o);
                Write(a, PostKind.Post, t0 + _random.NextInt64(30 * MinuteMs), text, null);
            }
        }
        _truth.Add(("onoff", $"onoff{o}", "", offStart, offEnd - 1, farm));
        _truth.Add(("template", $"template{o}", "", start, end, farm));
    }

    private List<string> Farm(string name, int? size = null) =>
        Enumerable.Range(0, size ?? options.FarmSize).Select(i => $"{name}_{options.Seed}_{i:D2}").ToList();

    private void Write(string account, PostKind kind, long timeMs, string text, string? targetAccount)
    {
        _posted++;
        var w = _posts;
        w.Text("twitter");
        w.Text((_nextPostId++).ToString(CultureInfo.InvariantCulture));
        w.Text(account);
        w.Text(account);
        w.Text(FormatTime(timeMs));
        w.Text(kind == PostKind.Reply ? "reply" : "post");
        w.Text(text);
        w.Text(null);
        w.Text(null);
        w.Text(targetAccount);
        w.Text(null);
        w.Text(string.Join(' ', TextEntities.Hashtags(text)));
        w.Text(string.Join(' ', TextEntities.Mentions(text)));
        w.Text(null);
        w.Text(null);
        w.EndRecord();
    }

    private static string FormatTime(long ms) =>
        DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
