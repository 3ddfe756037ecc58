using Swarmscope.Core;

namespace Swarmscope.Signals.Tests;

/// <summary>Hand-built accounts and posts for tests.</summary>
internal static class Build
{
    public static readonly DateTimeOffset Epoch = new(2022, 1, 3, 0, 0, 0, TimeSpan.Zero); // a Monday

    public static Account Account(string id, string? handle = null, long? followers = 100, long? following = 100, long? posts = 500,
        string? description = "Teacher in Almaty, I like mountains", string? image = "https://pbs.twimg.com/profile_images/1/abc_normal.jpg",
        DateTimeOffset? created = null, ulong? hash = null, bool? verified = false) => new()
    {
        Platform = Platform.Twitter,
        Id = id,
        Handle = handle ?? id,
        Followers = followers,
        Following = following,
        PostCount = posts,
        Description = description,
        ProfileImageUrl = image,
        CreatedAt = created,
        ProfileImageHash = hash,
        Verified = verified,
    };

    /// <summary>An account with nothing known but its id.</summary>
    public static Account Bare(string id) => new() { Platform = Platform.Twitter, Id = id };

    public static Post Post(string account, DateTimeOffset time, PostKind kind = PostKind.Post, string? text = "hello", string? id = null, string? handle = null, string? language = null) => new()
    {
        Platform = Platform.Twitter,
        Id = id ?? $"{account}-{time.ToUnixTimeMilliseconds()}",
        AccountId = account,
        AccountHandle = handle,
        Time = Timestamp.FromUtc(time, TimePrecision.Second),
        Kind = kind,
        Text = text,
        Language = language,
    };

    /// <summary>Human-looking handles so the handle model has something to learn from.</summary>
    public static readonly string[] HumanHandles =
    [
        "annasmith", "johnbrown", "maria_lopez", "peterparker", "lisa_wong", "davidmiller", "sarahjones", "mike_taylor",
        "emilydavis", "chrisevans", "laura_white", "kevinmartin", "jessicahall", "ryan_clark", "oliviaking", "danielscott",
        "sophia_green", "jameswalker", "emma_baker", "thomasadams", "nataliewright", "paul_hill", "rachelmoore", "markyoung",
        "aigerim_n", "nurlanbek", "dana_sultan", "timur_kz", "asel_almaty", "erlan_writer",
    ];

    public static SignalTable Extract(IEnumerable<Account> accounts, IEnumerable<Post>? posts = null, SignalOptions? options = null) =>
        new SignalExtractor(options).Extract(accounts, posts ?? []);

    /// <summary>40 ordinary accounts and 10 obvious fakes (empty, default photo, one stolen photo, reposting every 10 minutes at night).</summary>
    public static (List<Account> Accounts, List<Post> Posts, HashSet<string> Fakes) ObviousWorld(int seed = 3)
    {
        var rng = new Random(seed);
        var accounts = new List<Account>();
        var posts = new List<Post>();
        var fakes = new HashSet<string>();
        for (var i = 0; i < 40; i++)
        {
            var handle = HumanHandles[i % HumanHandles.Length] + (i >= HumanHandles.Length ? "_x" : "");
            accounts.Add(Account($"h{i}", handle: handle, followers: 50 + rng.Next(2000), following: 80 + rng.Next(800), posts: 300 + rng.Next(5000),
                created: new DateTimeOffset(2012, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(rng.Next(3000)), hash: (ulong)rng.NextInt64()));
            var t = new DateTimeOffset(2022, 1, 3, 7, 0, 0, TimeSpan.Zero).AddHours(rng.Next(24));
            for (var j = 0; j < 60; j++)
            {
                t = t.AddSeconds(-Math.Log(1 - rng.NextDouble()) * 20000);
                if (t.Hour < 2) t = t.AddHours(6); // people sleep (UTC here)
                posts.Add(Post($"h{i}", t, rng.NextDouble() < 0.2 ? PostKind.Repost : PostKind.Post));
            }
        }
        const ulong stolenPhoto = 0x1234_5678_9ABC_DEF0UL;
        for (var i = 0; i < 10; i++)
        {
            var id = $"f{i}";
            fakes.Add(id);
            accounts.Add(Account(id, handle: $"nurlan{rng.Next(10_000_000, 99_999_999)}", followers: 0, following: 1, posts: 0, description: null,
                image: "https://abs.twimg.com/sticky/default_profile_images/default_profile.png",
                created: new DateTimeOffset(2021, 12, 20, 9, 0, 0, TimeSpan.Zero).AddMinutes(i), hash: stolenPhoto ^ (ulong)i));
            for (var j = 0; j < 60; j++)
                posts.Add(Post(id, new DateTimeOffset(2022, 1, 4, 4, 0, 0, TimeSpan.Zero).AddSeconds(600 * j), PostKind.Repost));
        }
        return (accounts, posts, fakes);
    }
}
