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
}
