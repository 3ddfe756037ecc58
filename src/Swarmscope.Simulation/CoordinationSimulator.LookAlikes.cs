using Swarmscope.Core;

namespace Swarmscope.Simulation;

/// <summary>Organic behaviour that looks coordinated (<see cref="OrganicLookAlikes"/>): fan bases, news rings, morning greeters.</summary>
public sealed partial class CoordinationSimulator
{
    private static readonly string[] Cheers =
    [
        "Legend! 🔥🔥", "We love you!!! ❤️", "Queen 👑👑👑", "Лучшая! ❤️❤️", "Ең керемет әнші! 😍", "Obsessed with this 😍",
        "Так красиво 😭", "Керемет!!! 🔥", "Best song of the year", "Жаным, сені жақсы көреміз!",
    ];

    private static readonly string[] Greetings =
    [
        "Доброе утро, Алматы! ☀️", "Қайырлы таң, достар!", "Good morning Almaty ☀️", "Всем хорошего дня!", "Доброе утро всем!",
        "Қайырлы таң, Астана!", "Good morning everyone, have a nice day", "Всем продуктивной недели!", "Хорошего всем дня, друзья",
        "Баршаңызға сәтті күн тілеймін!",
    ];

    private static readonly string[] ChannelNames = ["kz_news_24", "almaty_today", "astana_live", "qazaq_zhanalyq", "novosti_kz", "region_info", "daily_kz", "steppe_wire", "kz_events", "ortalyq_news", "shymkent_now", "karaganda_city"];

    private List<(int Account, string Role)> WriteLookAlikes(OrganicLookAlikes l, int organic, int mediaCount, SimulationSummary summary)
    {
        var random = new Random(unchecked(_o.Seed * 1_000_003 + 29));
        var text = new SimulatedText(random);
        var roles = new List<(int, string)>();
        var ordinary = organic - mediaCount;

        for (var f = 0; f < l.FanBases; f++)
        {
            var star = NewOrganicAccount(random, "star" + (f + 1) + "_official", 200_000);
            roles.Add((star, $"star-{f + 1}"));
            var fans = Sample(random, ordinary, Math.Min(l.FansPerBase, ordinary));
            foreach (var fan in fans) roles.Add((mediaCount + fan, $"fan-{f + 1}"));
            for (var d = 0; d < _o.Days; d++)
            for (var k = 0; k < 2; k++)
            {
                var time = _startMs + d * DayMs + HourOfDayMs(random);
                var sentence = text.Sentence();
                var id = WritePost(star, PostKind.Post, time, sentence, null, -1, null);
                foreach (var fan in fans)
                {
                    var a = mediaCount + fan;
                    // Fans see the post within minutes (notifications on) or hours later: lognormal, median 10 min.
                    if (random.NextDouble() < l.FanRepostShare)
                        WritePost(a, PostKind.Repost, time + ReactionDelay(random, 600_000, 1.5), "RT @" + _accounts[star].Handle + ": " + sentence, id, star, null);
                    if (random.NextDouble() < l.FanCheerShare)
                        WritePost(a, PostKind.Reply, time + ReactionDelay(random, 600_000, 1.5), "@" + _accounts[star].Handle + " " + Cheers[random.Next(Cheers.Length)], id, star, null);
                }
            }
        }

        for (var r = 0; r < l.NewsRings; r++)
        {
            var channels = new int[l.ChannelsPerRing];
            for (var c = 0; c < channels.Length; c++)
            {
                channels[c] = NewOrganicAccount(random, ChannelNames[c % ChannelNames.Length] + (r > 0 || c >= ChannelNames.Length ? "_" + (r + 1) + "_" + c : ""), 20_000);
                roles.Add((channels[c], $"newsring-{r + 1}"));
            }
            for (var d = 0; d < _o.Days; d++)
            foreach (var ch in channels)
            for (var k = 0; k < 6; k++)
            {
                var time = _startMs + d * DayMs + HourOfDayMs(random);
                var url = $"https://{_accounts[ch].Handle.Replace('_', '-')}.kz/news/{d}-{k}";
                var sentence = text.Sentence() + " " + url;
                var id = WritePost(ch, PostKind.Post, time, sentence, null, -1, url);
                // The ring's admins forward each other's news, minutes to an hour later (median 12 min).
                foreach (var other in channels)
                    if (other != ch && random.NextDouble() < l.ForwardShare)
                        WritePost(other, PostKind.Repost, time + ReactionDelay(random, 720_000, 1.0), "RT @" + _accounts[ch].Handle + ": " + sentence, id, ch, url);
            }
        }

        if (l.Greeters > 0)
        {
            foreach (var g in Sample(random, ordinary, Math.Min(l.Greeters, ordinary)))
            {
                var a = mediaCount + g;
                roles.Add((a, "greeter"));
                // Each has a usual time (06:30-09:30 local) and one or two favourite greetings.
                var usual = (6.5 + 3 * random.NextDouble() - LocalOffsetHours) * HourMs;
                var favourite = random.Next(Greetings.Length);
                var second = random.Next(Greetings.Length);
                for (var d = 0; d < _o.Days; d++)
                {
                    if (random.NextDouble() >= 0.6) continue;
                    var time = _startMs + d * DayMs + (long)(usual + 20 * 60_000 * Gaussian(random));
                    WritePost(a, PostKind.Post, time, Greetings[random.Next(3) == 0 ? second : favourite], null, -1, null);
                }
            }
        }
        summary.LookAlikeAccounts = roles.Count;
        return roles;
    }

    /// <summary>A new organic account with a real-looking profile (a star or a news channel).</summary>
    private int NewOrganicAccount(Random random, string handle, long followers)
    {
        var index = _accounts.Count;
        _accounts.Add(new SimAccount
        {
            Id = AccountId(index),
            Handle = UniqueHandle(_usedHandles, handle, random),
            DisplayName = Capitalize(handle.Replace('_', ' ')),
            CreatedAtMs = _startMs - (long)((400 + random.NextDouble() * 3000) * DayMs),
            Followers = followers + random.Next(1000),
            Following = 50 + random.Next(500),
            Description = Bios[random.Next(Bios.Length)],
            ProfileImageHash = (ulong)random.NextInt64(),
            Group = -1,
        });
        return index;
    }

    private static long ReactionDelay(Random random, long medianMs, double sigma) =>
        Math.Max(5_000, (long)(medianMs * Math.Exp(sigma * Gaussian(random))));

    /// <summary><paramref name="count"/> distinct indices in [0, n), in increasing order.</summary>
    private static int[] Sample(Random random, int n, int count)
    {
        var chosen = new HashSet<int>();
        while (chosen.Count < count) chosen.Add(random.Next(n));
        var result = chosen.ToArray();
        Array.Sort(result);
        return result;
    }

    private long HourOfDayMs(Random random)
    {
        var local = Array.BinarySearch(_hourCumulative, random.NextDouble());
        if (local < 0) local = ~local;
        var utcHour = ((Math.Min(local, 23) - LocalOffsetHours) % 24 + 24) % 24;
        return utcHour * HourMs + (long)(random.NextDouble() * HourMs);
    }
}
