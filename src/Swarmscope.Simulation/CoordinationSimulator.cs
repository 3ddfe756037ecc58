using System.Globalization;
using System.Text;
using Swarmscope.Core;
using Swarmscope.Core.Csv;

namespace Swarmscope.Simulation;

/// <summary>
/// Writes a synthetic Twitter-like world in swarmscope-csv (posts.csv, accounts.csv) plus truth.csv, with planted
/// coordinated groups among organic accounts. Seeded and deterministic: equal options give byte-identical files.
/// Posts are streamed to disk as they are made; only accounts and the catalogue of popular posts stay in memory.
/// See docs/simulation.md for what is planted and how to evaluate detection with it.
/// </summary>
public sealed partial class CoordinationSimulator(SimulationOptions options)
{
    public const string PostsHeader = "platform,post_id,account_id,account_handle,time,kind,text,language,target_post_id,target_account_id,urls,hashtags,mentions,media_hashes,channel";
    public const string AccountsHeader = "platform,account_id,handle,display_name,created_at,followers,following,post_count,description,profile_image_url,profile_image_hash,verified";
    public const string TruthHeader = "account,group,handle";
    public const string LookAlikesHeader = "account,role,handle";

    private const long HourMs = 3_600_000;
    private const long DayMs = 24 * HourMs;
    /// <summary>Local time of the simulated audience: Kazakhstan, UTC+5.</summary>
    private const int LocalOffsetHours = 5;

    private static readonly double[] OrganicHourWeights =
        [0.6, 0.3, 0.15, 0.1, 0.1, 0.2, 0.5, 1.0, 1.5, 1.8, 1.9, 2.0, 2.2, 2.1, 1.9, 1.8, 1.8, 2.0, 2.4, 2.8, 3.0, 2.8, 2.0, 1.2];

    private static readonly string[] Kinds = ["corepost", "template", "linkpush", "swarmreply"];
    private static readonly string[] FirstNames = ["aigerim", "nurlan", "dias", "aruzhan", "yerlan", "madina", "askar", "dana", "timur", "saule", "bolat", "zhanna", "alibek", "kamila", "daniyar", "asel", "marat", "gulnara", "serik", "aliya", "ivan", "olga", "sergey", "anna"];
    private static readonly string[] LastNames = ["akhmetov", "nurpeisova", "seitkali", "omarov", "zhaksylyk", "petrov", "kim", "ibraimova", "tulegenov", "bekova", "smagulov", "li"];
    private static readonly string[] Bios = ["Almaty | coffee and books", "Photographer. Mountains.", "Journalist. Opinions are my own", "Teacher, mother of two", "Football fan ⚽", "IT, startups, Astana", "Студент КазНУ", "Врач. Люблю горы", "Economist. Tweets about prices and rent", "Traveller, dog person"];

    private readonly SimulationOptions _o = options;
    private readonly Random _random = new(options.Seed);
    private long _nextPostId = 1_760_000_000_000_000_000;
    private long _startMs;
    private long _periodMs;
    private double[] _hourCumulative = [];
    private readonly List<SimAccount> _accounts = [];
    private readonly HashSet<string> _usedHandles = new(StringComparer.Ordinal);
    private CsvWriter _posts = null!;
    private SimulatedText _text = null!;
    private long _postCount;

    /// <summary>Writes posts.csv, accounts.csv and truth.csv into <paramref name="directory"/> (created if needed).</summary>
    public SimulationSummary WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var posts = new StreamWriter(Path.Combine(directory, "posts.csv"), false, utf8, 1 << 16);
        using var accounts = new StreamWriter(Path.Combine(directory, "accounts.csv"), false, utf8, 1 << 16);
        using var truth = new StreamWriter(Path.Combine(directory, "truth.csv"), false, utf8, 1 << 16);
        using var lookAlikes = _o.LookAlikes is { Any: true } ? new StreamWriter(Path.Combine(directory, "lookalikes.csv"), false, utf8, 1 << 16) : null;
        return Write(posts, accounts, truth, lookAlikes);
    }

    /// <summary>
    /// Writes the files to the given writers (posts are streamed; accounts, truth and the look-alike list are written
    /// last). <paramref name="lookAlikes"/> may be null when no look-alikes are simulated (or their list is not wanted).
    /// </summary>
    public SimulationSummary Write(TextWriter posts, TextWriter accounts, TextWriter truth, TextWriter? lookAlikes = null)
    {
        if (_o.Accounts < 50) throw new ArgumentException("at least 50 accounts are needed", nameof(options));
        _o.Farms?.Validate();
        _o.LookAlikes?.Validate();
        var summary = new SimulationSummary();
        _startMs = _o.Start.ToUnixTimeMilliseconds();
        _periodMs = _o.Days * DayMs;
        _hourCumulative = Cumulative(OrganicHourWeights);
        _text = new SimulatedText(_random);
        _posts = new CsvWriter(posts);
        posts.Write(PostsHeader);
        posts.Write('\n');

        var groups = CreateAccounts(summary);
        var organic = _o.Accounts - summary.PlantedAccounts;
        // Popular originals ("objects") come from a few media-like accounts; everybody else reposts and replies to them
        // with Zipf popularity: the viral hard negatives.
        var mediaCount = Math.Max(5, organic / 100);
        var objects = WriteObjects(Math.Max(200, _o.Posts / 50), mediaCount);
        summary.ViralObjects = objects.Length;
        var objectCumulative = Zipf.Cumulative(objects.Length, 1.1);
        var articles = Articles(Math.Max(100, _o.Posts / 100));
        var articleCumulative = Zipf.Cumulative(articles.Length, 1.0);
        var hashtags = new string[300];
        for (var i = 0; i < hashtags.Length; i++) hashtags[i] = "#" + FirstNames[i % FirstNames.Length] + "_" + (i / FirstNames.Length) + "talk";
        var hashtagCumulative = Zipf.Cumulative(hashtags.Length, 1.0);

        var plantedPostBudget = 0L;
        foreach (var g in groups) plantedPostBudget += (long)g.Members.Length * 40;
        WriteOrganicPosts(organic, mediaCount, Math.Max(organic, _o.Posts - _postCount - plantedPostBudget), objects, objectCumulative, articles, articleCumulative, hashtags, hashtagCumulative);
        summary.OrganicCampaigns = WriteOrganicCampaigns(organic);
        foreach (var g in groups) WriteGroup(g, objects, organic, mediaCount);
        // Farms and look-alikes draw from their own random streams and add accounts after everyone else's, so the
        // organic world of a seed is the same whatever farms and look-alikes are asked for.
        if (_o.Farms is { Count: > 0 } farms) groups.AddRange(WriteFarms(farms, objects, organic, mediaCount, summary));
        var roles = _o.LookAlikes is { Any: true } l ? WriteLookAlikes(l, organic, mediaCount, summary) : [];

        WriteAccounts(accounts);
        var truthCsv = new CsvWriter(truth);
        truth.Write(TruthHeader);
        truth.Write('\n');
        foreach (var g in groups)
            foreach (var m in g.Members)
                truthCsv.TextRecord(_accounts[m].Id, g.Name, _accounts[m].Handle);
        if (lookAlikes is not null)
        {
            var csv = new CsvWriter(lookAlikes);
            lookAlikes.Write(LookAlikesHeader);
            lookAlikes.Write('\n');
            foreach (var (account, role) in roles) csv.TextRecord(_accounts[account].Id, role, _accounts[account].Handle);
        }
        summary.Posts = _postCount;
        summary.Accounts = _accounts.Count;
        return summary;
    }

    private List<PlantedGroup> CreateAccounts(SimulationSummary summary)
    {
        var groups = new List<PlantedGroup>();
        var sizes = new List<(string Name, string Kind, int Size)>();
        foreach (var kind in Kinds)
            for (var g = 1; g <= _o.GroupsPerKind; g++)
                sizes.Add(($"{kind}-{g}", kind, _o.MinGroupSize + _random.Next(_o.MaxGroupSize - _o.MinGroupSize + 1)));
        var planted = 0;
        foreach (var s in sizes) planted += s.Size;
        if (planted > _o.Accounts / 2) throw new ArgumentException($"{planted} planted accounts do not fit among {_o.Accounts} accounts");
        summary.PlantedAccounts = planted;

        _accounts.Clear();
        _usedHandles.Clear();
        var organic = _o.Accounts - planted;
        var usedHandles = _usedHandles;
        for (var i = 0; i < organic; i++)
        {
            var first = FirstNames[_random.Next(FirstNames.Length)];
            var handle = UniqueHandle(usedHandles, _random.Next(3) switch
            {
                0 => first + "_" + LastNames[_random.Next(LastNames.Length)],
                1 => LastNames[_random.Next(LastNames.Length)] is var last ? first + last[..Math.Min(3, last.Length)] : first,
                _ => first + "." + (1970 + _random.Next(40)),
            });
            var empty = _random.Next(10) == 0; // some real people have empty profiles too: a hard negative for profile signals
            _accounts.Add(new SimAccount
            {
                Id = AccountId(i),
                Handle = handle,
                DisplayName = Capitalize(first) + " " + Capitalize(LastNames[_random.Next(LastNames.Length)]),
                CreatedAtMs = _startMs - (long)(_random.NextDouble() * 12 * 365 * DayMs) - 30 * DayMs,
                Followers = (long)Math.Exp(4 + 1.8 * Gaussian()),
                Following = (long)Math.Exp(5 + 1.0 * Gaussian()),
                Description = empty ? null : Bios[_random.Next(Bios.Length)],
                ProfileImageHash = empty && _random.Next(2) == 0 ? null : (ulong)_random.NextInt64(),
                Group = -1,
            });
        }
        var next = organic;
        foreach (var s in sizes)
        {
            var group = new PlantedGroup(s.Name, s.Kind, new int[s.Size], int.Parse(s.Name[(s.Name.IndexOf('-') + 1)..], CultureInfo.InvariantCulture) - 1);
            // Farms register accounts in bursts and reuse a few stolen photos.
            var burstMs = _startMs - (long)((30 + _random.NextDouble() * 300) * DayMs);
            var stolenPhotos = new ulong[3];
            for (var p = 0; p < stolenPhotos.Length; p++) stolenPhotos[p] = (ulong)_random.NextInt64();
            for (var m = 0; m < s.Size; m++)
            {
                _accounts.Add(PlantedAccount(_random, next, burstMs, stolenPhotos, groups.Count));
                group.Members[m] = next++;
            }
            groups.Add(group);
            summary.Groups[s.Name] = s.Size;
        }
        return groups;
    }

    /// <summary>An account of a planted group: farms register accounts in bursts and reuse a few stolen photos.</summary>
    private SimAccount PlantedAccount(Random random, int index, long burstMs, ulong[] stolenPhotos, int group)
    {
        var first = FirstNames[random.Next(FirstNames.Length)];
        var manufactured = random.Next(10) < 7;
        var handle = UniqueHandle(_usedHandles, manufactured
            ? first + "_" + random.Next(10_000, 99_999).ToString(CultureInfo.InvariantCulture)
            : first + "_" + LastNames[random.Next(LastNames.Length)], random);
        var photo = random.Next(10);
        return new SimAccount
        {
            Id = AccountId(index),
            Handle = handle,
            DisplayName = manufactured && random.Next(2) == 0 ? null : Capitalize(first),
            CreatedAtMs = burstMs + (long)(random.NextDouble() * 3 * DayMs),
            Followers = (long)Math.Exp(2 + 1.0 * Gaussian(random)),
            Following = (long)Math.Exp(5.5 + 0.7 * Gaussian(random)),
            Description = manufactured ? null : Bios[random.Next(Bios.Length)],
            ProfileImageHash = photo < 4 ? null : photo < 7 ? stolenPhotos[random.Next(stolenPhotos.Length)] : (ulong)random.NextInt64(),
            Group = group,
        };
    }

    private SimObject[] WriteObjects(int count, int mediaCount)
    {
        var objects = new SimObject[count];
        var mediaCumulative = Zipf.Cumulative(mediaCount, 1.0);
        for (var i = 0; i < count; i++)
        {
            var author = Zipf.Sample(mediaCumulative, _random);
            var time = OrganicTime();
            var text = _text.Sentence();
            string? url = null;
            if (_random.Next(3) == 0)
            {
                url = $"https://{SimulatedText.NewsDomains[author % SimulatedText.NewsDomains.Length]}/news/{1000 + i}";
                text += " " + url;
            }
            var id = WritePost(author, PostKind.Post, time, text, null, -1, url);
            objects[i] = new SimObject(id, author, time, text);
        }
        return objects;
    }

    private string[] Articles(int count)
    {
        var articles = new string[count];
        for (var i = 0; i < count; i++)
            articles[i] = $"https://{SimulatedText.NewsDomains[_random.Next(SimulatedText.NewsDomains.Length)]}/article/{100_000 + i}";
        return articles;
    }

    private void WriteOrganicPosts(int organic, int mediaCount, long budget, SimObject[] objects, double[] objectCumulative,
        string[] articles, double[] articleCumulative, string[] hashtags, double[] hashtagCumulative)
    {
        // Lognormal activity: most people post a little, a few post a lot.
        var weights = new double[organic];
        var total = 0.0;
        for (var i = 0; i < organic; i++) total += weights[i] = Math.Exp(1.3 * Gaussian()) * (i < mediaCount ? 5 : 1);
        var scale = budget / total;
        for (var a = 0; a < organic; a++)
        {
            var expected = weights[a] * scale;
            var n = (int)expected + (_random.NextDouble() < expected - Math.Floor(expected) ? 1 : 0);
            for (var k = 0; k < n; k++)
            {
                var roll = _random.Next(100);
                if (roll < 45)
                {
                    // Independent reposts/replies of popular posts, spread over hours (median ≈ 1.5 h).
                    var o = objects[Zipf.Sample(objectCumulative, _random)];
                    var time = o.TimeMs + (long)(HourMs * 1.5 * Math.Exp(1.3 * Gaussian()));
                    if (roll < 35)
                        WritePost(a, PostKind.Repost, time, "RT @" + _accounts[o.Author].Handle + ": " + o.Text, o.Id, o.Author, null);
                    else
                        WritePost(a, PostKind.Reply, time, "@" + _accounts[o.Author].Handle + " " + _text.Sentence(), o.Id, o.Author, null);
                }
                else
                {
                    var text = _text.Sentence();
                    string? url = null;
                    if (_random.Next(7) == 0)
                    {
                        url = articles[Zipf.Sample(articleCumulative, _random)];
                        if (_random.Next(4) == 0) url += "?utm_source=twitter&utm_medium=social";
                        text += " " + url;
                    }
                    if (_random.Next(4) == 0) text += " " + hashtags[Zipf.Sample(hashtagCumulative, _random)];
                    WritePost(a, PostKind.Post, OrganicTime(), text, null, -1, url);
                }
            }
        }
    }

    /// <summary>Organic hashtag campaigns: many ordinary users share one hashtag over a day, independently (a hard negative).</summary>
    private int WriteOrganicCampaigns(int organic)
    {
        string[] tags = ["#NauryzMeyrami", "#AlmatyMarathon", "#SaveKokZhailau", "#QazaqFootball", "#TeachersDay", "#AstanaSnow"];
        var campaigns = Math.Min(tags.Length, 2 + _o.GroupsPerKind / 2);
        for (var c = 0; c < campaigns; c++)
        {
            var day = _random.Next(_o.Days);
            var participants = Math.Max(20, organic / 10);
            for (var p = 0; p < participants; p++)
            {
                var a = _random.Next(organic);
                var time = _startMs + day * DayMs + HourOfDayMs();
                WritePost(a, PostKind.Post, time, _text.Sentence() + " " + tags[c], null, -1, null);
            }
        }
        return campaigns;
    }

    private void WriteGroup(PlantedGroup g, SimObject[] objects, int organic, int mediaCount)
    {
        // Farms are switched on and off: each group works in two bursts of 3–8 days, in office hours.
        var bursts = new (int Day, int Length)[2];
        for (var b = 0; b < bursts.Length; b++)
        {
            var length = 3 + _random.Next(6);
            bursts[b] = (_random.Next(Math.Max(1, _o.Days - length)), length);
        }
        var episodes = 15 + _random.Next(16);
        // Each templated group gets its own two templates while the bank lasts (6 groups); beyond that they repeat.
        var bank = SimulatedText.Templates;
        string[] templates = [bank[2 * g.KindIndex % bank.Length], bank[(2 * g.KindIndex + 1) % bank.Length]];
        var domain = $"{FirstNames[_random.Next(FirstNames.Length)]}-news{_random.Next(10, 99)}.info";
        var critic = mediaCount + _random.Next(organic - mediaCount);

        for (var e = 0; e < episodes; e++)
        {
            var burst = bursts[_random.Next(bursts.Length)];
            var t0 = OfficeTime(burst.Day, burst.Length);
            switch (g.Kind)
            {
                case "corepost":
                {
                    // Amplify a random (often obscure) post: members repost it within seconds to a few minutes.
                    var o = objects[_random.Next(objects.Length)];
                    t0 = Math.Max(t0, o.TimeMs + 60_000);
                    foreach (var m in Participants(g))
                        WritePost(m, PostKind.Repost, t0 + Delay(15_000, 240_000), "RT @" + _accounts[o.Author].Handle + ": " + o.Text, o.Id, o.Author, null);
                    break;
                }
                case "template":
                {
                    var template = templates[_random.Next(templates.Length)];
                    foreach (var m in Participants(g))
                        WritePost(m, PostKind.Post, t0 + Delay(60_000, 600_000), _text.TemplateVariant(template), null, -1, null);
                    break;
                }
                case "linkpush":
                {
                    var url = $"https://{domain}/news/{e + 1}-{FirstNames[_random.Next(FirstNames.Length)]}";
                    foreach (var m in Participants(g))
                    {
                        var variant = _random.Next(4) switch
                        {
                            0 => url + "?utm_source=tw&utm_campaign=c" + _random.Next(100),
                            1 => url + "?fbclid=IwAR" + _random.NextInt64(1L << 40).ToString("x", CultureInfo.InvariantCulture),
                            2 => url.Replace("https://", "http://www.", StringComparison.Ordinal) + "/",
                            _ => url,
                        };
                        WritePost(m, PostKind.Post, t0 + Delay(45_000, 300_000), _text.Sentence() + " " + variant, null, -1, variant);
                    }
                    break;
                }
                default: // swarmreply
                {
                    var criticPost = WritePost(critic, PostKind.Post, t0, _text.Sentence(), null, -1, null);
                    var insult = _random.Next(SimulatedText.Insults.Length);
                    foreach (var m in Participants(g))
                        WritePost(m, PostKind.Reply, t0 + Delay(120_000, 900_000), "@" + _accounts[critic].Handle + " " + _text.InsultVariant(insult + _random.Next(2)), criticPost, critic, null);
                    break;
                }
            }
        }
        // Between campaigns bots post filler in office hours and repost popular content, to blend in.
        foreach (var m in g.Members)
        {
            var filler = 5 + _random.Next(20);
            for (var f = 0; f < filler; f++)
            {
                var day = _random.Next(_o.Days);
                if (_random.Next(3) == 0)
                {
                    var o = objects[_random.Next(Math.Min(50, objects.Length))];
                    WritePost(m, PostKind.Repost, o.TimeMs + (long)(HourMs * 2 * Math.Exp(Gaussian())), "RT @" + _accounts[o.Author].Handle + ": " + o.Text, o.Id, o.Author, null);
                }
                else WritePost(m, PostKind.Post, OfficeTime(day, 1), _text.Sentence(), null, -1, null);
            }
        }
    }

    /// <summary>Each member takes part in an episode with probability 0.8 (never fewer than two).</summary>
    private List<int> Participants(PlantedGroup g)
    {
        var list = new List<int>(g.Members.Length);
        foreach (var m in g.Members) if (_random.NextDouble() < 0.8) list.Add(m);
        while (list.Count < 2) { var m = g.Members[_random.Next(g.Members.Length)]; if (!list.Contains(m)) list.Add(m); }
        return list;
    }

    /// <summary>A lognormal delay with the given median, capped: coordinated members act within seconds to minutes.</summary>
    private long Delay(long medianMs, long capMs) => Math.Min(capMs, (long)(medianMs * Math.Exp(0.8 * Gaussian())));

    private string WritePost(int account, PostKind kind, long timeMs, string text, string? targetPostId, int targetAccount, string? url)
    {
        var id = (_nextPostId++).ToString(CultureInfo.InvariantCulture);
        var a = _accounts[account];
        a.PostCount++;
        _postCount++;
        var w = _posts;
        w.Text("twitter");
        w.Text(id);
        w.Text(a.Id);
        w.Text(a.Handle);
        w.Text(FormatTime(timeMs));
        w.Text(KindName(kind));
        w.Text(text);
        w.Text(null);
        w.Text(targetPostId);
        w.Text(targetAccount >= 0 ? _accounts[targetAccount].Id : null);
        w.Text(url);
        w.Text(string.Join(' ', TextEntities.Hashtags(text)));
        w.Text(string.Join(' ', TextEntities.Mentions(text)));
        w.Text(null);
        w.Text(null);
        w.EndRecord();
        return id;
    }

    private void WriteAccounts(TextWriter writer)
    {
        writer.Write(AccountsHeader);
        writer.Write('\n');
        var w = new CsvWriter(writer);
        foreach (var a in _accounts)
        {
            w.Text("twitter");
            w.Text(a.Id);
            w.Text(a.Handle);
            w.Text(a.DisplayName);
            w.Text(FormatTime(a.CreatedAtMs));
            w.Value(a.Followers);
            w.Value(a.Following);
            w.Value(a.PostCount);
            w.Text(a.Description);
            w.Text(a.ProfileImageHash is { } h ? $"https://pbs.example/profile_images/{h:x16}.jpg" : null);
            w.Text(a.ProfileImageHash is { } h2 ? h2.ToString("x16", CultureInfo.InvariantCulture) : null);
            w.Text("false");
            w.EndRecord();
        }
    }

    private long OrganicTime() => _startMs + _random.Next(_o.Days) * DayMs + HourOfDayMs();

    /// <summary>A time of day (ms after UTC midnight) following the organic diurnal rhythm in local time.</summary>
    private long HourOfDayMs()
    {
        var u = _random.NextDouble();
        var local = Array.BinarySearch(_hourCumulative, u);
        if (local < 0) local = ~local;
        var utcHour = ((Math.Min(local, 23) - LocalOffsetHours) % 24 + 24) % 24;
        return utcHour * HourMs + (long)(_random.NextDouble() * HourMs);
    }

    /// <summary>A weekday office-hours time (09:00–18:00 local) within [day, day + length).</summary>
    private long OfficeTime(int day, int length)
    {
        for (var attempt = 0; ; attempt++)
        {
            var d = day + _random.Next(length);
            var dayStart = _startMs + d * DayMs;
            var weekday = DateTimeOffset.FromUnixTimeMilliseconds(dayStart).DayOfWeek;
            if (attempt < 10 && weekday is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            return dayStart + (9 - LocalOffsetHours) * HourMs + (long)(_random.NextDouble() * 9 * HourMs);
        }
    }

    private double Gaussian() => Gaussian(_random);

    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static double[] Cumulative(double[] weights)
    {
        var c = new double[weights.Length];
        var total = 0.0;
        for (var i = 0; i < weights.Length; i++) c[i] = total += weights[i];
        for (var i = 0; i < weights.Length; i++) c[i] /= total;
        return c;
    }

    private string UniqueHandle(HashSet<string> used, string handle) => UniqueHandle(used, handle, _random);

    private static string UniqueHandle(HashSet<string> used, string handle, Random random)
    {
        var h = handle;
        while (!used.Add(h)) h = handle + random.Next(10, 9999).ToString(CultureInfo.InvariantCulture);
        return h;
    }

    private static string AccountId(int index) => (1_000_000_000L + index * 7919L).ToString(CultureInfo.InvariantCulture);

    private static string Capitalize(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static string FormatTime(long ms) =>
        DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string KindName(PostKind kind) => kind switch
    {
        PostKind.Post => "post",
        PostKind.Repost => "repost",
        PostKind.Reply => "reply",
        PostKind.Quote => "quote",
        PostKind.Comment => "comment",
        _ => "forward",
    };

    private sealed class SimAccount
    {
        public required string Id;
        public required string Handle;
        public string? DisplayName;
        public long CreatedAtMs;
        public long Followers;
        public long Following;
        public long PostCount;
        public string? Description;
        public ulong? ProfileImageHash;
        public int Group;
    }

    private sealed record PlantedGroup(string Name, string Kind, int[] Members, int KindIndex);

    private readonly record struct SimObject(string Id, int Author, long TimeMs, string Text);
}
