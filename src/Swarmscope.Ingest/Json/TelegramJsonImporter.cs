using System.Text.Json;
using Swarmscope.Core;

namespace Swarmscope.Ingest.Json;

/// <summary>
/// Telegram channel dumps as JSON arrays (or JSON Lines) of {message_id, sender_id, text, date, channel, ...},
/// the layout of ../shared/data/telegram-news-ru and of many Telethon scripts. The sender is the channel.
/// A "category" or other label in the dump is the dataset's annotation, not a property of the post: ignored.
/// </summary>
public sealed class TelegramJsonImporter : IPlatformImporter
{
    public string Format => "telegram-json";

    public string Description => "Telegram channel dump: JSON array or JSON Lines of {message_id, sender_id, text, date, channel}";

    public double Sniff(string fileName, ReadOnlySpan<byte> head)
    {
        var shape = JsonHeadShape.Of(head);
        if (!shape.IsJson) return 0;
        return shape.HasAll("message_id", "sender_id") ? 0.95 : 0;
    }

    public void Import(Stream stream, ImportContext context, IRecordSink sink, CancellationToken cancellationToken = default)
    {
        JsonRecordLoop.Run(stream, context, sink, (element, record, _) =>
        {
            if (element.ValueKind != JsonValueKind.Object)
                throw new BadFieldException("(record)", $"expected a message object, found {JsonFields.Kind(element)}");
            var messageId = JsonFields.RequiredId(element, "message_id");
            var sender = JsonFields.RequiredId(element, "sender_id");
            var dateText = JsonFields.Clean(element, "date") ?? throw new BadFieldException("date", "missing");
            if (!JsonTimes.TryParseIso(dateText, context.AssumedTimeZone, out var date))
                throw new BadFieldException("date", $"'{JsonFields.Shorten(dateText)}' is not an ISO 8601 date");
            var text = JsonFields.Text(element, "text");
            var post = new Post
            {
                Platform = Platform.Telegram,
                // Message ids are only unique within a channel.
                Id = sender + "/" + messageId,
                AccountId = sender,
                Time = JsonTimes.Seconds(date),
                Kind = PostKind.Post,
                Text = text,
                Channel = JsonFields.Clean(element, "channel") ?? sender,
                Provenance = new Provenance(context.SourceFile, record),
            };
            var entities = new PostEntities();
            entities.AddFromMarkdownText(text);
            entities.ApplyTo(post);
            sink.Post(post);
        }, cancellationToken);
    }
}
