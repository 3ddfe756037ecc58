using System.Text.Json;
using Swarmscope.Core;

namespace Swarmscope.Ingest.Json;

/// <summary>
/// Twitter API v1.1 tweet objects: a JSON array, JSON Lines (as the streaming API and twarc1 write), or search
/// responses {"statuses": [...]}. Embedded retweeted and quoted tweets are real tweets with their own id, time and
/// author, so they are imported too (once per file); each author becomes an Account (first sighting per file).
/// </summary>
public sealed class TwitterV1Importer : IPlatformImporter
{
    public string Format => "twitter-v1";

    public string Description => "Twitter API v1.1 tweets (JSON array, JSON Lines, or {\"statuses\": [...]})";

    public double Sniff(string fileName, ReadOnlySpan<byte> head)
    {
        var shape = JsonHeadShape.Of(head);
        if (!shape.IsJson) return 0;
        if (shape.HasAll("id_str", "created_at", "user.screen_name") && (shape.Has("text") || shape.Has("full_text"))) return 0.95;
        if (shape.HasAll("statuses.id_str", "statuses.created_at", "statuses.user.screen_name")) return 0.95;
        return 0;
    }

    public void Import(Stream stream, ImportContext context, IRecordSink sink, CancellationToken cancellationToken = default)
    {
        var state = new FileState(context, sink);
        JsonRecordLoop.Run(stream, context, sink, (element, record, line) =>
        {
            if (element.ValueKind != JsonValueKind.Object)
                throw new BadFieldException("(record)", $"expected a tweet object, found {JsonFields.Kind(element)}");
            if (JsonFields.Array(element, "statuses") is { } statuses)
            {
                // A search response: its tweets are records of their own, reported with their index.
                var i = 0;
                foreach (var tweet in statuses.EnumerateArray())
                {
                    if (sink.Stopped) return;
                    var prefix = $"statuses[{i++}].";
                    JsonRecordLoop.MapOne(tweet, record, line, context, sink, (t, r, _) => state.Tweet(t, r, prefix, embedded: false));
                }
                return;
            }
            if (IsStreamNotice(element)) return;
            state.Tweet(element, record, "", embedded: false);
        }, cancellationToken);
    }

    /// <summary>
    /// The streaming API interleaves control messages with tweets ({"delete": ...}, {"limit": ...}); they are not
    /// records of activity and are skipped, not rejected.
    /// </summary>
    private static bool IsStreamNotice(JsonElement element)
    {
        if (element.TryGetProperty("id_str", out _) || element.TryGetProperty("text", out _) || element.TryGetProperty("full_text", out _)) return false;
        foreach (var name in StreamNotices) if (element.TryGetProperty(name, out _)) return true;
        return false;
    }

    private static readonly string[] StreamNotices =
        ["delete", "limit", "scrub_geo", "status_withheld", "user_withheld", "disconnect", "warning", "event", "friends"];

    private sealed class FileState(ImportContext context, IRecordSink sink)
    {
        private readonly HashSet<string> _accounts = new(StringComparer.Ordinal);
        private readonly HashSet<string> _embeddedPosts = new(StringComparer.Ordinal);

        public void Tweet(JsonElement tweet, long record, string prefix, bool embedded)
        {
            var id = JsonFields.Id(tweet, "id_str", prefix + "id_str") ?? JsonFields.Id(tweet, "id", prefix + "id")
                     ?? throw new BadFieldException(prefix + "id_str", "missing");
            if (embedded && !_embeddedPosts.Add(id)) return;
            var created = JsonFields.Clean(tweet, "created_at", prefix + "created_at") ?? throw new BadFieldException(prefix + "created_at", "missing");
            if (!JsonTimes.TryParseAny(created, context.AssumedTimeZone, out var time))
                throw new BadFieldException(prefix + "created_at", $"'{JsonFields.Shorten(created)}' is not a Twitter date");
            var user = JsonFields.Object(tweet, "user", prefix + "user") ?? throw new BadFieldException(prefix + "user", "missing");
            var account = TwitterAccounts.FromV1(user, prefix + "user.", context, record);

            var extended = JsonFields.Object(tweet, "extended_tweet", prefix + "extended_tweet");
            var text = (extended is { } ex ? JsonFields.Text(ex, "full_text", prefix + "extended_tweet.full_text") : null)
                       ?? JsonFields.Text(tweet, "full_text", prefix + "full_text")
                       ?? JsonFields.Text(tweet, "text", prefix + "text");
            var lang = JsonFields.Clean(tweet, "lang", prefix + "lang");

            var post = new Post
            {
                Platform = Platform.Twitter,
                Id = id,
                AccountId = account.Id,
                AccountHandle = account.Handle,
                Time = JsonTimes.Seconds(time),
                Kind = PostKind.Post,
                Text = text,
                Language = lang == "und" ? null : lang,
                Provenance = new Provenance(context.SourceFile, record),
            };

            var retweeted = JsonFields.Object(tweet, "retweeted_status", prefix + "retweeted_status");
            var quoted = JsonFields.Object(tweet, "quoted_status", prefix + "quoted_status");
            var replyTo = JsonFields.Id(tweet, "in_reply_to_status_id_str", prefix + "in_reply_to_status_id_str")
                          ?? JsonFields.Id(tweet, "in_reply_to_status_id", prefix + "in_reply_to_status_id");
            var quotedId = JsonFields.Id(tweet, "quoted_status_id_str", prefix + "quoted_status_id_str")
                           ?? JsonFields.Id(tweet, "quoted_status_id", prefix + "quoted_status_id");
            if (retweeted is { } rt)
            {
                post.Kind = PostKind.Repost;
                post.TargetPostId = JsonFields.Id(rt, "id_str", prefix + "retweeted_status.id_str") ?? JsonFields.Id(rt, "id", prefix + "retweeted_status.id");
                post.TargetAccountId = UserId(rt, prefix + "retweeted_status.user.");
            }
            else if (replyTo is not null)
            {
                post.Kind = PostKind.Reply;
                post.TargetPostId = replyTo;
                var replyUser = JsonFields.Id(tweet, "in_reply_to_user_id_str", prefix + "in_reply_to_user_id_str")
                                ?? JsonFields.Id(tweet, "in_reply_to_user_id", prefix + "in_reply_to_user_id");
                post.TargetAccountId = replyUser is null ? null : TwitterAccounts.NormalizeId(replyUser);
            }
            else if (quotedId is not null || quoted is not null)
            {
                post.Kind = PostKind.Quote;
                post.TargetPostId = quotedId ?? (quoted is { } q ? JsonFields.Id(q, "id_str", prefix + "quoted_status.id_str") : null);
                post.TargetAccountId = quoted is { } q2 ? UserId(q2, prefix + "quoted_status.user.") : null;
            }

            var entities = new PostEntities();
            var entitySource = (extended is { } ex2 ? JsonFields.Object(ex2, "entities", prefix + "extended_tweet.entities") : null)
                               ?? JsonFields.Object(tweet, "entities", prefix + "entities");
            if (entitySource is { } e) AddEntities(e, entities, prefix + "entities.");
            else entities.AddFromText(text);
            entities.ApplyTo(post);

            if (_accounts.Add(account.Id)) sink.Account(account);
            sink.Post(post);

            // The originals come after the post that embeds them; their own faults are named by their path.
            if (retweeted is { } original) Tweet(original, record, prefix + "retweeted_status.", embedded: true);
            if (quoted is { } quotedOriginal) Tweet(quotedOriginal, record, prefix + "quoted_status.", embedded: true);
        }

        private static string? UserId(JsonElement tweet, string prefix)
        {
            if (JsonFields.Object(tweet, "user", prefix.TrimEnd('.')) is not { } u) return null;
            var id = JsonFields.Id(u, "id_str", prefix + "id_str") ?? JsonFields.Id(u, "id", prefix + "id");
            return id is null ? null : TwitterAccounts.NormalizeId(id);
        }

        private static void AddEntities(JsonElement e, PostEntities entities, string prefix)
        {
            if (JsonFields.Array(e, "hashtags", prefix + "hashtags") is { } tags)
                foreach (var t in tags.EnumerateArray()) entities.AddHashtag(JsonFields.Clean(t, "text", prefix + "hashtags.text"));
            if (JsonFields.Array(e, "user_mentions", prefix + "user_mentions") is { } mentions)
                foreach (var m in mentions.EnumerateArray()) entities.AddMention(JsonFields.Clean(m, "screen_name", prefix + "user_mentions.screen_name"));
            if (JsonFields.Array(e, "urls", prefix + "urls") is { } urls)
                foreach (var u in urls.EnumerateArray())
                    entities.AddUrl(JsonFields.Clean(u, "expanded_url", prefix + "urls.expanded_url") ?? JsonFields.Clean(u, "url", prefix + "urls.url"));
        }
    }
}
