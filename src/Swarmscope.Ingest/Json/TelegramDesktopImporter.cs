using System.Text;
using System.Text.Json;
using Swarmscope.Core;

namespace Swarmscope.Ingest.Json;

/// <summary>
/// Telegram Desktop's "Export chat history" / "Export Telegram data" result.json: one chat {name, type, id,
/// messages} or a full export {chats: {list: [...]}, left_chats: {list: [...]}}. Walked token by token, so a
/// chat of millions of messages is read one message at a time; chat name, type and id must come before the
/// messages, as Telegram Desktop writes them. Service messages (joins, pins, calls) are not posts and are skipped.
/// </summary>
public sealed class TelegramDesktopImporter : IPlatformImporter
{
    public string Format => "telegram-desktop";

    public string Description => "Telegram Desktop export result.json (one chat or the full export)";

    public double Sniff(string fileName, ReadOnlySpan<byte> head)
    {
        var shape = JsonHeadShape.Of(head);
        if (!shape.IsJson || shape.StartsWithArray) return 0;
        if (shape.Has("messages") && (shape.Has("messages.date_unixtime") || shape.Has("messages.from_id") || shape.Has("messages.text_entities")))
            return 0.95;
        if (shape.Has("chats.list") && (shape.Has("chats.list.messages") || shape.Has("chats.about"))) return 0.9;
        if (shape.Has("personal_information") || shape.HasAll("name", "type", "id", "messages")) return 0.9;
        return 0;
    }

    public void Import(Stream stream, ImportContext context, IRecordSink sink, CancellationToken cancellationToken = default)
    {
        using var reader = new JsonStreamReader(stream);
        var walk = new Walk(reader, context, sink, cancellationToken);
        try
        {
            if (reader.Peek() != JsonTokenType.StartObject)
            {
                sink.Rejected(new RejectedRecord(context.SourceFile, 1, null,
                    "a Telegram Desktop export is one JSON object (result.json); this file starts with something else"));
                return;
            }
            reader.Read();
            walk.Object(new Chat());
        }
        catch (JsonSyntaxException e)
        {
            sink.Rejected(new RejectedRecord(context.SourceFile, walk.Record + 1, null,
                $"invalid JSON at line {e.Line}, column {e.Column}: {e.Reason}"));
        }
        context.Progress?.Invoke(walk.Record);
    }

    private sealed class Chat
    {
        public string? Name;
        public string? Type;
        public string? RawId;
        private string? _id;
        public string Id => _id ??= RawId is null ? Name ?? "chat" : TelegramIds.FromDesktopChat(RawId, Type);
        public bool IsBroadcast => Type is not null && Type.Contains("channel", StringComparison.Ordinal);
    }

    private sealed class Walk(JsonStreamReader reader, ImportContext context, IRecordSink sink, CancellationToken cancellationToken)
    {
        private readonly HashSet<string> _accounts = new(StringComparer.Ordinal);
        /// <summary>Messages seen so far in the file (all chats), the record number of the next one minus 1.</summary>
        public long Record;
        public long ServiceMessages;

        /// <summary>Reads the properties of an object whose '{' was just read, up to its '}'.</summary>
        public void Object(Chat chat)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (sink.Stopped) return;
                switch (reader.TokenText)
                {
                    case "name": chat.Name = Scalar(); break;
                    case "type": chat.Type = Scalar(); break;
                    case "id": chat.RawId = Scalar(); break;
                    case "messages":
                        if (reader.Peek() != JsonTokenType.StartArray) { reader.SkipValue(); break; }
                        reader.Read();
                        Messages(chat);
                        break;
                    case "chats":
                    case "left_chats":
                        if (reader.Peek() != JsonTokenType.StartObject) { reader.SkipValue(); break; }
                        reader.Read();
                        ChatList();
                        break;
                    default:
                        reader.SkipValue();
                        break;
                }
            }
        }

        private void ChatList()
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.TokenText != "list" || reader.Peek() != JsonTokenType.StartArray) { reader.SkipValue(); continue; }
                reader.Read();
                while (!sink.Stopped)
                {
                    var next = reader.Peek();
                    if (next == JsonTokenType.EndArray) { reader.Read(); break; }
                    if (next != JsonTokenType.StartObject) { reader.SkipValue(); continue; }
                    reader.Read();
                    Object(new Chat());
                }
                if (sink.Stopped) return;
            }
        }

        private string? Scalar()
        {
            if (!reader.TryReadValue(out var doc)) return null;
            using (doc)
            {
                var v = doc!.RootElement;
                return v.ValueKind switch
                {
                    JsonValueKind.String => JsonText.Of(v),
                    JsonValueKind.Number => v.GetRawText(),
                    _ => null,
                };
            }
        }

        private void Messages(Chat chat)
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (sink.Stopped) return;
                if (!reader.TryReadValue(out var doc)) return;
                Record++;
                using (doc)
                    JsonRecordLoop.MapOne(doc!.RootElement, Record, reader.TokenLine, context, sink, (m, r, _) => Message(m, r, chat));
                if ((Record & 0xFFF) == 0) context.Progress?.Invoke(Record);
            }
        }

        private void Message(JsonElement m, long record, Chat chat)
        {
            if (m.ValueKind != JsonValueKind.Object)
                throw new BadFieldException("(message)", $"expected a message object, found {JsonFields.Kind(m)}");
            var type = JsonFields.Clean(m, "type");
            if (type == "service") { ServiceMessages++; return; }
            if (type is not null && type != "message") throw new BadFieldException("type", $"unknown message type '{JsonFields.Shorten(type)}'");
            var id = JsonFields.RequiredId(m, "id");
            var time = Time(m);

            var fromId = JsonFields.Clean(m, "from_id");
            // Channel posts may carry no author of their own: the channel is the author.
            var accountId = fromId is not null ? TelegramIds.FromDesktopPeer(fromId)
                : chat.IsBroadcast ? chat.Id
                : throw new BadFieldException("from_id", "missing");
            var fromName = JsonFields.Clean(m, "from");
            if (_accounts.Add(accountId))
                sink.Account(new Account
                {
                    Platform = Platform.Telegram,
                    Id = accountId,
                    DisplayName = fromName ?? (accountId == chat.Id ? chat.Name : null),
                    Provenance = new Provenance(context.SourceFile, record),
                });

            var entities = new PostEntities();
            var text = Text(m, entities);
            var post = new Post
            {
                Platform = Platform.Telegram,
                Id = chat.Id + "/" + id,
                AccountId = accountId,
                Time = JsonTimes.Seconds(time),
                Kind = PostKind.Post,
                Text = text,
                Channel = chat.Name ?? chat.Id,
                Provenance = new Provenance(context.SourceFile, record),
            };
            // "forwarded_from" is present (possibly null, for hidden senders) exactly when the message is a forward.
            if (m.TryGetProperty("forwarded_from", out _) || m.TryGetProperty("forwarded_from_id", out _))
            {
                post.Kind = PostKind.Forward;
                var source = JsonFields.Clean(m, "forwarded_from_id");
                post.TargetAccountId = source is null ? null : TelegramIds.FromDesktopPeer(source);
                // The export does not say which message was forwarded, so there is no target post id.
            }
            else if (JsonFields.Id(m, "reply_to_message_id") is { } replyTo)
            {
                post.Kind = PostKind.Reply;
                var peer = JsonFields.Clean(m, "reply_to_peer_id");
                post.TargetPostId = (peer is null ? chat.Id : TelegramIds.FromDesktopPeer(peer)) + "/" + replyTo;
            }
            entities.ApplyTo(post);
            sink.Post(post);
        }

        private DateTimeOffset Time(JsonElement m)
        {
            if (JsonFields.Long(m, "date_unixtime") is { } unix)
            {
                if (JsonTimes.TryFromUnixSeconds(unix, out var t)) return t;
                throw new BadFieldException("date_unixtime", $"{unix} is not a plausible Unix time");
            }
            // Older exports: local time of the exporting computer, without offset (read in the assumed zone).
            var date = JsonFields.Clean(m, "date") ?? throw new BadFieldException("date", "missing (and no date_unixtime)");
            if (JsonTimes.TryParseIso(date, context.AssumedTimeZone, out var d)) return d;
            throw new BadFieldException("date", $"'{JsonFields.Shorten(date)}' is not an ISO 8601 date");
        }

        /// <summary>The plain text, with URLs, hashtags and mentions taken from the entities where the export has them.</summary>
        private static string? Text(JsonElement m, PostEntities entities)
        {
            var textValue = JsonFields.Get(m, "text");
            var textEntities = JsonFields.Array(m, "text_entities");
            string? text;
            if (textValue is null) text = null;
            else if (textValue.Value.ValueKind == JsonValueKind.String) text = JsonText.Of(textValue.Value);
            else if (textValue.Value.ValueKind == JsonValueKind.Array)
            {
                var sb = new StringBuilder();
                var i = 0;
                foreach (var part in textValue.Value.EnumerateArray())
                {
                    if (part.ValueKind == JsonValueKind.String) sb.Append(JsonText.Of(part));
                    else if (part.ValueKind == JsonValueKind.Object)
                    {
                        var partText = JsonFields.Text(part, "text", $"text[{i}].text") ?? "";
                        sb.Append(partText);
                        if (textEntities is null) AddEntity(part, partText, entities, $"text[{i}]");
                    }
                    else throw new BadFieldException($"text[{i}]", $"expected a string or an entity object, found {JsonFields.Kind(part)}");
                    i++;
                }
                text = sb.ToString();
            }
            else throw new BadFieldException("text", $"expected a string or an array of entities, found {JsonFields.Kind(textValue.Value)}");

            if (textEntities is { } list)
            {
                var i = 0;
                foreach (var e in list.EnumerateArray())
                {
                    var path = $"text_entities[{i++}]";
                    if (e.ValueKind != JsonValueKind.Object) throw new BadFieldException(path, $"expected an entity object, found {JsonFields.Kind(e)}");
                    AddEntity(e, JsonFields.Text(e, "text", path + ".text") ?? "", entities, path);
                }
            }
            else if (textValue is { ValueKind: JsonValueKind.String })
                entities.AddFromText(text); // no entity information at all in this export: scan the text
            return text;
        }

        private static void AddEntity(JsonElement e, string text, PostEntities entities, string path)
        {
            switch (JsonFields.Clean(e, "type", path + ".type"))
            {
                case "link": entities.AddUrl(text); break;
                case "text_link": entities.AddUrl(JsonFields.Clean(e, "href", path + ".href")); break;
                case "hashtag": entities.AddHashtag(text); break;
                case "mention": entities.AddMention(text); break;
            }
        }
    }
}
