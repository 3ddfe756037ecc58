using System.Text.Json;
using Swarmscope.Core;

namespace Swarmscope.Ingest.Json;

/// <summary>
/// VK API JSON as collectors save it: wall.get and wall.getComments responses {"response": {"count", "items",
/// "profiles", "groups"}}, one per file, an array of them, or one per line; also bare post or comment objects.
/// Post ids are VK's own "&lt;owner_id&gt;_&lt;id&gt;"; comments are "&lt;owner_id&gt;_&lt;post_id&gt;?reply=&lt;id&gt;" (the
/// suffix vk.com uses), so they never collide with posts. Each response is one record (a page holds at most 100
/// items); fields inside are named by path ("items[3].date").
/// </summary>
public sealed class VkImporter : IPlatformImporter
{
    public string Format => "vk";

    public string Description => "VK API JSON: wall.get / wall.getComments responses (file, array or JSON Lines), or bare posts/comments";

    public double Sniff(string fileName, ReadOnlySpan<byte> head)
    {
        var shape = JsonHeadShape.Of(head);
        if (!shape.IsJson) return 0;
        if (shape.Has("response.items") && (shape.Has("response.items.from_id") || shape.Has("response.items.owner_id"))
            && shape.Has("response.items.date")) return 0.95;
        if (shape.HasAll("response.count", "response.items") && (shape.Has("response.profiles") || shape.Has("response.groups"))) return 0.9;
        if (shape.HasAll("owner_id", "from_id", "date") && (shape.Has("post_type") || shape.Has("copy_history") || shape.Has("post_id"))) return 0.9;
        if (shape.HasAll("error.error_code", "error.error_msg")) return 0.6; // a saved error: say so instead of "unknown format"
        return 0;
    }

    public void Import(Stream stream, ImportContext context, IRecordSink sink, CancellationToken cancellationToken = default)
    {
        var state = new FileState(context, sink);
        JsonRecordLoop.Run(stream, context, sink, (element, record, line) =>
        {
            if (element.ValueKind != JsonValueKind.Object)
                throw new BadFieldException("(record)", $"expected a VK response or item object, found {JsonFields.Kind(element)}");
            if (JsonFields.Object(element, "error") is { } error)
                throw new BadFieldException("error", $"the file holds a VK API error, not data: {JsonFields.Clean(error, "error_code") ?? "?"} {JsonFields.Clean(error, "error_msg") ?? ""}".TrimEnd());
            if (JsonFields.Get(element, "response") is { } response) state.Response(response, record, line);
            else state.Item(element, record, "", null);
        }, cancellationToken);
    }

    private sealed class FileState(ImportContext context, IRecordSink sink)
    {
        private readonly HashSet<string> _accounts = new(StringComparer.Ordinal);
        private readonly HashSet<string> _copies = new(StringComparer.Ordinal);

        public void Response(JsonElement response, long record, long line)
        {
            JsonElement items;
            if (response.ValueKind == JsonValueKind.Array) items = response; // wall.getById without extended
            else if (response.ValueKind == JsonValueKind.Object)
                items = JsonFields.Array(response, "items", "response.items") ?? throw new BadFieldException("response.items", "missing");
            else throw new BadFieldException("response", $"expected an object, found {JsonFields.Kind(response)}");

            Dictionary<string, string>? handles = null;
            if (response.ValueKind == JsonValueKind.Object)
            {
                Accounts(response, "profiles", group: false, record, line, ref handles);
                Accounts(response, "groups", group: true, record, line, ref handles);
            }
            var i = 0;
            foreach (var item in items.EnumerateArray())
            {
                if (sink.Stopped) return;
                var prefix = $"response.items[{i++}].";
                JsonRecordLoop.MapOne(item, record, line, context, sink, (x, r, _) => Item(x, r, prefix, handles));
            }
        }

        private void Accounts(JsonElement response, string name, bool group, long record, long line, ref Dictionary<string, string>? handles)
        {
            if (JsonFields.Array(response, name, "response." + name) is not { } list) return;
            var i = 0;
            foreach (var p in list.EnumerateArray())
            {
                var prefix = $"response.{name}[{i++}].";
                Account? account = null;
                JsonRecordLoop.MapOne(p, record, line, context, sink, (x, r, _) => account = group ? Group(x, r, prefix) : Profile(x, r, prefix));
                if (account is null) continue;
                if (account.Handle is not null) (handles ??= new(StringComparer.Ordinal))[account.Id] = account.Handle;
                if (_accounts.Add(account.Id)) sink.Account(account);
            }
        }

        private Account Profile(JsonElement p, long record, string prefix)
        {
            var id = JsonFields.RequiredId(p, "id", prefix + "id");
            var first = JsonFields.Clean(p, "first_name", prefix + "first_name");
            var last = JsonFields.Clean(p, "last_name", prefix + "last_name");
            return new Account
            {
                Platform = Platform.VK,
                Id = id,
                Handle = JsonFields.Clean(p, "screen_name", prefix + "screen_name"),
                DisplayName = first is null ? last : last is null ? first : first + " " + last,
                Followers = JsonFields.Long(p, "followers_count", prefix + "followers_count"),
                ProfileImageUrl = JsonFields.Clean(p, "photo_100", prefix + "photo_100") ?? JsonFields.Clean(p, "photo_50", prefix + "photo_50"),
                Verified = JsonFields.Bool(p, "verified", prefix + "verified"),
                Provenance = new Provenance(context.SourceFile, record),
            };
        }

        private Account Group(JsonElement g, long record, string prefix)
        {
            var id = JsonFields.RequiredId(g, "id", prefix + "id");
            // Group lists give positive ids; owner_id and from_id use the negative form, which is the account id.
            if (!id.StartsWith('-')) id = "-" + id;
            return new Account
            {
                Platform = Platform.VK,
                Id = id,
                Handle = JsonFields.Clean(g, "screen_name", prefix + "screen_name"),
                DisplayName = JsonFields.Clean(g, "name", prefix + "name"),
                Followers = JsonFields.Long(g, "members_count", prefix + "members_count"),
                Description = JsonFields.Clean(g, "description", prefix + "description"),
                ProfileImageUrl = JsonFields.Clean(g, "photo_100", prefix + "photo_100") ?? JsonFields.Clean(g, "photo_50", prefix + "photo_50"),
                Verified = JsonFields.Bool(g, "verified", prefix + "verified"),
                Provenance = new Provenance(context.SourceFile, record),
            };
        }

        /// <summary>A wall post or a comment, told apart by the fields only comments have.</summary>
        public void Item(JsonElement item, long record, string prefix, Dictionary<string, string>? handles)
        {
            if (item.ValueKind != JsonValueKind.Object)
                throw new BadFieldException(prefix.TrimEnd('.'), $"expected a post or comment object, found {JsonFields.Kind(item)}");
            var isComment = !item.TryGetProperty("post_type", out _) && !item.TryGetProperty("copy_history", out _)
                            && (item.TryGetProperty("post_id", out _) || item.TryGetProperty("parents_stack", out _)
                                || item.TryGetProperty("reply_to_comment", out _) || item.TryGetProperty("thread", out _));
            if (isComment) Comment(item, record, prefix, handles, null, null);
            else WallPost(item, record, prefix, handles);
        }

        private void WallPost(JsonElement item, long record, string prefix, Dictionary<string, string>? handles)
        {
            var fields = Common(item, prefix, null);
            var post = NewPost(fields, fields.Owner + "_" + fields.Id, record, handles);
            if (JsonFields.Array(item, "copy_history", prefix + "copy_history") is { } history && history.GetArrayLength() > 0)
            {
                // copy_history[0] is what was reposted; each entry reposted the next one down the chain.
                post.Kind = PostKind.Repost;
                var i = 0;
                Post? previous = post;
                foreach (var original in history.EnumerateArray())
                {
                    var p = $"{prefix}copy_history[{i++}].";
                    var copyFields = Common(original, p, null);
                    var copy = NewPost(copyFields, copyFields.Owner + "_" + copyFields.Id, record, handles);
                    previous.TargetPostId = copy.Id;
                    previous.TargetAccountId = copy.AccountId;
                    if (i < history.GetArrayLength()) copy.Kind = PostKind.Repost;
                    Entities(original, copy, p);
                    if (_copies.Add(copy.Id)) sink.Post(copy);
                    previous = copy;
                }
            }
            Entities(item, post, prefix);
            sink.Post(post);
        }

        private void Comment(JsonElement item, long record, string prefix, Dictionary<string, string>? handles, string? ownerFromParent, string? postFromParent)
        {
            if (JsonFields.Bool(item, "deleted", prefix + "deleted") == true) return; // a placeholder for a removed comment
            var ownerOverride = JsonFields.Id(item, "owner_id", prefix + "owner_id") ?? ownerFromParent
                                ?? throw new BadFieldException(prefix + "owner_id", "missing: a comment needs the wall it is on");
            var postId = JsonFields.Id(item, "post_id", prefix + "post_id") ?? postFromParent
                         ?? throw new BadFieldException(prefix + "post_id", "missing: a comment needs the post it is on");
            // A comment's author is never the wall by default: without from_id it cannot be attributed.
            if (JsonFields.Id(item, "from_id", prefix + "from_id") is null) throw new BadFieldException(prefix + "from_id", "missing");
            var fields = Common(item, prefix, ownerOverride);
            var post = NewPost(fields, $"{ownerOverride}_{postId}?reply={fields.Id}", record, handles);
            post.Kind = PostKind.Comment;
            post.TargetPostId = ownerOverride + "_" + postId;
            if (JsonFields.Id(item, "reply_to_user", prefix + "reply_to_user") is { } replyUser && replyUser != "0")
                post.TargetAccountId = replyUser;
            Entities(item, post, prefix);
            sink.Post(post);
            // Replies in the thread (thread_items_count > 0) are comments on the same post.
            if (JsonFields.Object(item, "thread", prefix + "thread") is { } thread
                && JsonFields.Array(thread, "items", prefix + "thread.items") is { } replies)
            {
                var i = 0;
                foreach (var reply in replies.EnumerateArray())
                    Comment(reply, record, $"{prefix}thread.items[{i++}].", handles, ownerOverride, postId);
            }
        }

        /// <summary>The fields every VK wall item has, validated.</summary>
        private readonly record struct ItemFields(string Id, string Owner, string From, Timestamp Time, string? Text);

        private static ItemFields Common(JsonElement item, string prefix, string? ownerOverride)
        {
            if (item.ValueKind != JsonValueKind.Object)
                throw new BadFieldException(prefix.TrimEnd('.'), $"expected an object, found {JsonFields.Kind(item)}");
            var id = JsonFields.RequiredId(item, "id", prefix + "id");
            var from = JsonFields.Id(item, "from_id", prefix + "from_id");
            var owner = ownerOverride ?? JsonFields.Id(item, "owner_id", prefix + "owner_id") ?? from
                        ?? throw new BadFieldException(prefix + "owner_id", "missing");
            var unix = JsonFields.Long(item, "date", prefix + "date") ?? throw new BadFieldException(prefix + "date", "missing");
            if (!JsonTimes.TryFromUnixSeconds(unix, out var time))
                throw new BadFieldException(prefix + "date", $"{unix} is not a plausible Unix time");
            return new ItemFields(id, owner, from ?? owner, JsonTimes.Seconds(time), JsonFields.Text(item, "text", prefix + "text"));
        }

        private Post NewPost(ItemFields f, string postId, long record, Dictionary<string, string>? handles)
        {
            string? handle = null;
            handles?.TryGetValue(f.From, out handle);
            return new Post
            {
                Platform = Platform.VK,
                Id = postId,
                AccountId = f.From,
                AccountHandle = handle,
                Time = f.Time,
                Kind = PostKind.Post,
                Text = f.Text,
                Channel = f.Owner,
                Provenance = new Provenance(context.SourceFile, record),
            };
        }

        private static void Entities(JsonElement item, Post post, string prefix)
        {
            var entities = new PostEntities();
            if (JsonFields.Array(item, "attachments", prefix + "attachments") is { } attachments)
            {
                var i = 0;
                foreach (var a in attachments.EnumerateArray())
                {
                    var p = $"{prefix}attachments[{i++}].";
                    if (JsonFields.Clean(a, "type", p + "type") == "link" && JsonFields.Object(a, "link", p + "link") is { } link)
                        entities.AddUrl(JsonFields.Clean(link, "url", p + "link.url"));
                }
            }
            entities.AddFromText(post.Text);
            VkMentions.AddTo(post.Text, entities);
            entities.ApplyTo(post);
        }
    }
}
