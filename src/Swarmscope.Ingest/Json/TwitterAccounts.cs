using System.Text.Json;
using Swarmscope.Core;

namespace Swarmscope.Ingest.Json;

/// <summary>
/// Twitter user objects of both API generations to <see cref="Account"/>s. Tolerates the TwiBot datasets'
/// re-serialisation (every value a string with a trailing space, "None" for null, ids prefixed with "u").
/// </summary>
public static class TwitterAccounts
{
    /// <summary>
    /// The numeric user id. TwiBot writes "u12345"; the prefix is dropped so the account meets the same user
    /// in any other Twitter export.
    /// </summary>
    public static string NormalizeId(string id)
    {
        if (id.Length > 1 && id[0] == 'u')
        {
            foreach (var c in id.AsSpan(1)) if (!char.IsAsciiDigit(c)) return id;
            return id[1..];
        }
        return id;
    }

    /// <summary>An API v1.1 user object (also TwiBot-20's "profile").</summary>
    public static Account FromV1(JsonElement user, string prefix, ImportContext context, long record, string? idOverride = null)
    {
        var id = idOverride ?? JsonFields.Id(user, "id_str", prefix + "id_str") ?? JsonFields.Id(user, "id", prefix + "id")
                 ?? throw new BadFieldException(prefix + "id_str", "missing");
        var account = new Account
        {
            Platform = Platform.Twitter,
            Id = NormalizeId(id),
            Handle = JsonFields.Clean(user, "screen_name", prefix + "screen_name"),
            DisplayName = JsonFields.Clean(user, "name", prefix + "name"),
            CreatedAt = Date(user, "created_at", prefix, context),
            Followers = JsonFields.Long(user, "followers_count", prefix + "followers_count"),
            Following = JsonFields.Long(user, "friends_count", prefix + "friends_count"),
            PostCount = JsonFields.Long(user, "statuses_count", prefix + "statuses_count"),
            Description = JsonFields.Clean(user, "description", prefix + "description"),
            Location = JsonFields.Clean(user, "location", prefix + "location"),
            Language = JsonFields.Clean(user, "lang", prefix + "lang"),
            ProfileImageUrl = JsonFields.Clean(user, "profile_image_url_https", prefix + "profile_image_url_https")
                              ?? JsonFields.Clean(user, "profile_image_url", prefix + "profile_image_url"),
            Verified = JsonFields.Bool(user, "verified", prefix + "verified"),
            Provenance = new Provenance(context.SourceFile, record),
        };
        return account;
    }

    /// <summary>An API v2 user object (includes.users, or the TwiBot annotation-study files).</summary>
    public static Account FromV2(JsonElement user, string prefix, ImportContext context, long record)
    {
        var id = JsonFields.Id(user, "id", prefix + "id") ?? throw new BadFieldException(prefix + "id", "missing");
        var metrics = JsonFields.Object(user, "public_metrics", prefix + "public_metrics");
        return new Account
        {
            Platform = Platform.Twitter,
            Id = NormalizeId(id),
            Handle = JsonFields.Clean(user, "username", prefix + "username"),
            DisplayName = JsonFields.Clean(user, "name", prefix + "name"),
            CreatedAt = Date(user, "created_at", prefix, context),
            Followers = metrics is { } m ? JsonFields.Long(m, "followers_count", prefix + "public_metrics.followers_count") : null,
            Following = metrics is { } m2 ? JsonFields.Long(m2, "following_count", prefix + "public_metrics.following_count") : null,
            PostCount = metrics is { } m3 ? JsonFields.Long(m3, "tweet_count", prefix + "public_metrics.tweet_count") : null,
            Description = JsonFields.Clean(user, "description", prefix + "description"),
            Location = JsonFields.Clean(user, "location", prefix + "location"),
            ProfileImageUrl = JsonFields.Clean(user, "profile_image_url", prefix + "profile_image_url"),
            Verified = JsonFields.Bool(user, "verified", prefix + "verified"),
            Provenance = new Provenance(context.SourceFile, record),
        };
    }

    private static DateTimeOffset? Date(JsonElement user, string name, string prefix, ImportContext context)
    {
        var s = JsonFields.Clean(user, name, prefix + name);
        if (s is null) return null;
        if (JsonTimes.TryParseAny(s, context.AssumedTimeZone, out var d)) return d;
        throw new BadFieldException(prefix + name, $"'{JsonFields.Shorten(s)}' is not a date");
    }
}
