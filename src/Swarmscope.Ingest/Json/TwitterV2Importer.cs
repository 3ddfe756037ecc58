using System.Text.Json;
using Swarmscope.Core;

namespace Swarmscope.Ingest.Json;

/// <summary>
/// Twitter API v2: responses {"data": [tweets], "includes": {"users", "tweets"}, "meta"}, one file or one per line
/// (twarc2's output); also bare arrays or lines of tweets (twarc2 "flatten", with an embedded "author") and bare
/// arrays of user objects (the TwiBot-20/22 annotation-study files). Each response is read as one document:
/// the API pages at most a few hundred tweets, and the authors' handles sit in "includes" after the tweets.
/// A response, array element or line is one record; fields inside are named by path ("data[3].created_at").
/// </summary>
public sealed class TwitterV2Importer : IPlatformImporter
{
    public string Format => "twitter-v2";

    public string Description => "Twitter API v2 JSON: responses (data + includes), JSON Lines of responses (twarc2), tweets, or user arrays";

    public double Sniff(string fileName, ReadOnlySpan<byte> head)
    {
        var shape = JsonHeadShape.Of(head);
        if (!shape.IsJson) return 0;
        if (shape.Has("data.id") && (shape.Has("data.author_id") || shape.Has("data.edit_history_tweet_ids") || shape.Has("includes.users.username")))
            return 0.95;
        if (shape.HasAll("id", "text", "author_id") && !shape.Has("user")) return 0.9;
        if (shape.HasAll("id", "username", "public_metrics") && !shape.Has("screen_name")) return 0.9;
        return 0;
    }

    public void Import(Stream stream, ImportContext context, IRecordSink sink, CancellationToken cancellationToken = default)
    {
        var state = new FileState(context, sink);
        JsonRecordLoop.Run(stream, context, sink, (element, record, line) =>
        {
            if (element.ValueKind != JsonValueKind.Object)
                throw new BadFieldException("(record)", $"expected a response, tweet or user object, found {JsonFields.Kind(element)}");
            if (element.TryGetProperty("data", out _) || element.TryGetProperty("includes", out _) || element.TryGetProperty("errors", out _))
                state.Response(element, record, line);
            else if (element.TryGetProperty("username", out _) && !element.TryGetProperty("text", out _))
                state.User(element, record, "");
            else
                state.Tweet(element, record, "", null, null);
        }, cancellationToken);
    }

    private sealed class FileState(ImportContext context, IRecordSink sink)
    {
        private readonly HashSet<string> _accounts = new(StringComparer.Ordinal);

        public void User(JsonElement user, long record, string prefix)
        {
            var account = TwitterAccounts.FromV2(user, prefix, context, record);
            if (_accounts.Add(account.Id)) sink.Account(account);
        }

        public void Response(JsonElement response, long record, long line)
        {
            var includes = JsonFields.Object(response, "includes");
            Dictionary<string, string>? handles = null;
            Dictionary<string, string>? tweetAuthors = null;
            if (includes is { } inc)
            {
                if (JsonFields.Array(inc, "users", "includes.users") is { } users)
                {
                    var i = 0;
                    foreach (var u in users.EnumerateArray())
                    {
                        var prefix = $"includes.users[{i++}].";
                        if (JsonFields.Id(u, "id") is { } uid && JsonFields.Clean(u, "username") is { } name)
                            (handles ??= new(StringComparer.Ordinal))[TwitterAccounts.NormalizeId(uid)] = name;
                        JsonRecordLoop.MapOne(u, record, line, context, sink, (x, r, _) => User(x, r, prefix));
                    }
                }
                if (JsonFields.Array(inc, "tweets", "includes.tweets") is { } refs)
                    foreach (var t in refs.EnumerateArray())
                        if (JsonFields.Id(t, "id") is { } tid && JsonFields.Id(t, "author_id") is { } aid)
                            (tweetAuthors ??= new(StringComparer.Ordinal))[tid] = TwitterAccounts.NormalizeId(aid);
            }

            if (JsonFields.Get(response, "data") is { } data)
            {
                if (data.ValueKind == JsonValueKind.Array)
                {
                    var i = 0;
                    foreach (var t in data.EnumerateArray())
                    {
                        if (sink.Stopped) return;
                        var prefix = $"data[{i++}].";
                        JsonRecordLoop.MapOne(t, record, line, context, sink, (x, r, _) => Tweet(x, r, prefix, handles, tweetAuthors));
                    }
                }
                else if (data.ValueKind == JsonValueKind.Object) Tweet(data, record, "data.", handles, tweetAuthors);
                else throw new BadFieldException("data", $"expected an array or object of tweets, found {JsonFields.Kind(data)}");
            }

            // Referenced tweets are real tweets; they are imported when the request asked for their time and author.
            if (includes is { } inc2 && JsonFields.Array(inc2, "tweets", "includes.tweets") is { } referenced)
            {
                var i = 0;
                foreach (var t in referenced.EnumerateArray())
                {
                    var prefix = $"includes.tweets[{i++}].";
                    if (JsonFields.Get(t, "created_at") is null || JsonFields.Get(t, "author_id") is null) continue;
                    JsonRecordLoop.MapOne(t, record, line, context, sink, (x, r, _) => Tweet(x, r, prefix, handles, tweetAuthors));
                }
            }
        }

        public void Tweet(JsonElement tweet, long record, string prefix, Dictionary<string, string>? handles, Dictionary<string, string>? tweetAuthors)
        {
            if (tweet.ValueKind != JsonValueKind.Object)
                throw new BadFieldException(prefix.TrimEnd('.'), $"expected a tweet object, found {JsonFields.Kind(tweet)}");
            var id = JsonFields.Id(tweet, "id", prefix + "id") ?? throw new BadFieldException(prefix + "id", "missing");
            var authorId = JsonFields.Id(tweet, "author_id", prefix + "author_id") ?? throw new BadFieldException(prefix + "author_id", "missing");
            authorId = TwitterAccounts.NormalizeId(authorId);
            var created = JsonFields.Clean(tweet, "created_at", prefix + "created_at") ?? throw new BadFieldException(prefix + "created_at", "missing");
            if (!JsonTimes.TryParseIso(created, context.AssumedTimeZone, out var time))
                throw new BadFieldException(prefix + "created_at", $"'{JsonFields.Shorten(created)}' is not an ISO 8601 date");

            string? handle = null;
            // twarc2 "flatten" embeds the author instead of using includes.
            if (JsonFields.Object(tweet, "author", prefix + "author") is { } author)
            {
                var account = TwitterAccounts.FromV2(author, prefix + "author.", context, record);
                handle = account.Handle;
                if (_accounts.Add(account.Id)) sink.Account(account);
            }
            else if (handles is not null) handles.TryGetValue(authorId, out handle);

            // Tweets over 280 characters carry their full text and entities in note_tweet.
            var note = JsonFields.Object(tweet, "note_tweet", prefix + "note_tweet");
            var text = (note is { } n ? JsonFields.Text(n, "text", prefix + "note_tweet.text") : null)
                       ?? JsonFields.Text(tweet, "text", prefix + "text");
            var lang = JsonFields.Clean(tweet, "lang", prefix + "lang");
            var post = new Post
            {
                Platform = Platform.Twitter,
                Id = id,
                AccountId = authorId,
                AccountHandle = handle,
                Time = JsonTimes.Seconds(time),
                Kind = PostKind.Post,
                Text = text,
                Language = lang == "und" ? null : lang,
                Provenance = new Provenance(context.SourceFile, record),
            };

            if (JsonFields.Array(tweet, "referenced_tweets", prefix + "referenced_tweets") is { } refs)
            {
                string? retweeted = null, repliedTo = null, quoted = null;
                var i = 0;
                foreach (var r in refs.EnumerateArray())
                {
                    var p = $"{prefix}referenced_tweets[{i++}].";
                    var type = JsonFields.Clean(r, "type", p + "type") ?? throw new BadFieldException(p + "type", "missing");
                    var target = JsonFields.Id(r, "id", p + "id") ?? throw new BadFieldException(p + "id", "missing");
                    switch (type)
                    {
                        case "retweeted": retweeted ??= target; break;
                        case "replied_to": repliedTo ??= target; break;
                        case "quoted": quoted ??= target; break;
                        default: throw new BadFieldException(p + "type", $"unknown reference type '{JsonFields.Shorten(type)}'");
                    }
                    // twarc2 "flatten" embeds the referenced tweet, author included.
                    if (JsonFields.Get(r, "author_id") is not null && JsonFields.Get(r, "created_at") is not null)
                        (tweetAuthors ??= new(StringComparer.Ordinal))[target] = TwitterAccounts.NormalizeId(JsonFields.Id(r, "author_id", p + "author_id")!);
                }
                (post.Kind, post.TargetPostId) = retweeted is not null ? (PostKind.Repost, retweeted)
                    : repliedTo is not null ? (PostKind.Reply, repliedTo)
                    : quoted is not null ? (PostKind.Quote, quoted)
                    : (PostKind.Post, null);
            }
            if (post.Kind == PostKind.Reply && JsonFields.Id(tweet, "in_reply_to_user_id", prefix + "in_reply_to_user_id") is { } replyUser)
                post.TargetAccountId = TwitterAccounts.NormalizeId(replyUser);
            else if (post.TargetPostId is not null && tweetAuthors is not null && tweetAuthors.TryGetValue(post.TargetPostId, out var targetAuthor))
                post.TargetAccountId = targetAuthor;

            var entities = new PostEntities();
            var entitySource = (note is { } n2 ? JsonFields.Object(n2, "entities", prefix + "note_tweet.entities") : null)
                               ?? JsonFields.Object(tweet, "entities", prefix + "entities");
            if (entitySource is { } e) AddEntities(e, entities, prefix + "entities.");
            else entities.AddFromText(text);
            entities.ApplyTo(post);
            sink.Post(post);
        }

        private static void AddEntities(JsonElement e, PostEntities entities, string prefix)
        {
            if (JsonFields.Array(e, "hashtags", prefix + "hashtags") is { } tags)
                foreach (var t in tags.EnumerateArray()) entities.AddHashtag(JsonFields.Clean(t, "tag", prefix + "hashtags.tag"));
            if (JsonFields.Array(e, "mentions", prefix + "mentions") is { } mentions)
                foreach (var m in mentions.EnumerateArray()) entities.AddMention(JsonFields.Clean(m, "username", prefix + "mentions.username"));
            if (JsonFields.Array(e, "urls", prefix + "urls") is { } urls)
                foreach (var u in urls.EnumerateArray())
                {
                    // A media link points back at the tweet's own photo, not at shared content.
                    if (JsonFields.Get(u, "media_key") is not null) continue;
                    entities.AddUrl(JsonFields.Clean(u, "unwound_url", prefix + "urls.unwound_url")
                                    ?? JsonFields.Clean(u, "expanded_url", prefix + "urls.expanded_url")
                                    ?? JsonFields.Clean(u, "url", prefix + "urls.url"));
                }
        }
    }
}
