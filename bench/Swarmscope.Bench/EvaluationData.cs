using System.Globalization;
using System.Text.Json;
using Swarmscope.Core;
using Swarmscope.Signals;

namespace Swarmscope.Bench;

/// <summary>
/// Minimal readers for the labelled evaluation files in ../shared/data, used only by the score-eval harness until
/// the io-archive / twitter-v2 importers and the store are on main (then the harness should go through
/// ImporterRegistry instead). Analyses never use this; they see Account and Post only.
/// </summary>
public static class EvaluationData
{
    public sealed record Labelled(List<Account> Accounts, List<Post> Posts, Dictionary<string, int> Labels);

    /// <summary>An IO-archive tweet CSV (one row per tweet, profile fields repeated): accounts keyed by lower-cased screen name.</summary>
    public static void ReadIoArchive(string path, int label, Labelled into)
    {
        using var reader = new StreamReader(path);
        Dictionary<string, int>? col = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, f) in CsvText.Read(reader))
        {
            if (col is null) { col = f.Select((h, i) => (h.Trim(), i)).ToDictionary(x => x.Item1, x => x.i); continue; }
            if (f.Count < col.Count) continue;
            string Get(string name) => col.TryGetValue(name, out var i) ? f[i] : "";
            var handle = Get("user_screen_name").Trim();
            var id = handle.ToLowerInvariant();
            if (seen.Add(id))
            {
                into.Accounts.Add(new Account
                {
                    Platform = Platform.Twitter,
                    Id = id,
                    Handle = handle,
                    Description = Get("user_profile_description"),
                    Location = Get("user_reported_location"),
                    Followers = ParseLong(Get("follower_count")),
                    Following = ParseLong(Get("following_count")),
                    CreatedAt = ParseTime(Get("account_creation_date")),
                    Provenance = new Provenance(path, line),
                });
                into.Labels[id] = label;
            }
            if (ParseTime(Get("tweet_time")) is not { } time) continue;
            var text = Get("tweet_text");
            into.Posts.Add(new Post
            {
                Platform = Platform.Twitter,
                Id = Get("tweetid"),
                AccountId = id,
                AccountHandle = handle,
                Time = Timestamp.FromUtc(time, Get("tweet_time").Trim().Length <= 16 ? TimePrecision.Minute : TimePrecision.Second),
                Kind = text.StartsWith("RT @", StringComparison.Ordinal) ? PostKind.Repost : PostKind.Post,
                Text = text,
                Provenance = new Provenance(path, line),
            });
        }
    }

    /// <summary>ira/nbc_profiles.csv: 330 profiles of IRA accounts (API v1.1 user fields).</summary>
    public static void ReadNbcProfiles(string path, int label, Labelled into)
    {
        using var reader = new StreamReader(path);
        Dictionary<string, int>? col = null;
        foreach (var (line, f) in CsvText.Read(reader))
        {
            if (col is null) { col = f.Select((h, i) => (h.Trim(), i)).ToDictionary(x => x.Item1, x => x.i); continue; }
            if (f.Count < col.Count) continue;
            string Get(string name) => col.TryGetValue(name, out var i) ? f[i] : "";
            // 42 rows carry only a screen name (no profile was available): key them by it, and leave every
            // profile field unknown rather than "empty".
            var exported = Get("id").Trim().Length > 0;
            var id = "ira:" + (exported ? Get("id").Trim() : Get("screen_name").Trim().ToLowerInvariant());
            if (into.Labels.ContainsKey(id)) continue;
            into.Accounts.Add(new Account
            {
                Platform = Platform.Twitter,
                Id = id,
                Handle = Get("screen_name").Trim(),
                DisplayName = exported ? Get("name") : null,
                Description = exported ? Get("description") : null,
                Followers = ParseLong(Get("followers_count")),
                Following = ParseLong(Get("friends_count")),
                PostCount = ParseLong(Get("statuses_count")),
                Verified = bool.TryParse(Get("verified").Trim(), out var v) ? v : null,
                CreatedAt = ParseTime(Get("created_at")),
                Language = exported ? Get("lang") : null,
                Provenance = new Provenance(path, line),
            });
            into.Labels[id] = label;
        }
    }

    /// <summary>twibot/*anno_study.json: API v2 user objects (values sometimes strings with a trailing space).</summary>
    public static void ReadTwibotUsers(string path, int label, Labelled into)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var index = 0;
        foreach (var u in doc.RootElement.EnumerateArray())
        {
            index++;
            string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? (v.ValueKind == JsonValueKind.String ? v.GetString()!.Trim() : v.ToString().Trim()) : null;
            long? Num(JsonElement e, string name) => Str(e, name) is { } s ? ParseLong(s) : null;
            var id = "twibot:" + Str(u, "id");
            if (into.Labels.ContainsKey(id)) continue;
            var metrics = u.TryGetProperty("public_metrics", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
            into.Accounts.Add(new Account
            {
                Platform = Platform.Twitter,
                Id = id,
                Handle = Str(u, "username"),
                DisplayName = Str(u, "name"),
                Description = Str(u, "description") ?? "",
                ProfileImageUrl = Str(u, "profile_image_url") ?? "",
                Followers = metrics.ValueKind == JsonValueKind.Object ? Num(metrics, "followers_count") : null,
                Following = metrics.ValueKind == JsonValueKind.Object ? Num(metrics, "following_count") : null,
                PostCount = metrics.ValueKind == JsonValueKind.Object ? Num(metrics, "tweet_count") : null,
                Verified = bool.TryParse(Str(u, "verified"), out var v) ? v : null,
                CreatedAt = ParseTime(Str(u, "created_at") ?? ""),
                Provenance = new Provenance(path, index),
            });
            into.Labels[id] = label;
        }
    }

    private static long? ParseLong(string s) =>
        long.TryParse(s.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "ddd MMM dd HH:mm:ss zzz yyyy", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-ddTHH:mm:ss.fffZ",
    ];

    private static DateTimeOffset? ParseTime(string s)
    {
        s = s.Trim();
        if (s.Length == 0) return null;
        return DateTimeOffset.TryParseExact(s, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : null;
    }
}
