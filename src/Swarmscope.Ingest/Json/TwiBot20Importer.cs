using System.Text.Json;
using Swarmscope.Core;

namespace Swarmscope.Ingest.Json;

/// <summary>
/// The TwiBot-20 dataset layout: a JSON array of {ID, profile, tweet, neighbor, domain}, where profile is an API
/// v1.1 user object with every value re-serialised as a string ("15349596 ", "True ", "None ").
/// Only the profiles are imported. The "tweet" list holds bare texts without ids or timestamps; a Post needs
/// a time, and inventing one would put fabricated activity into timing analyses, so the texts are left out.
/// </summary>
public sealed class TwiBot20Importer : IPlatformImporter
{
    public string Format => "twibot20";

    public string Description => "TwiBot-20 dataset JSON (array of {ID, profile, tweet, neighbor, domain}); profiles only";

    public double Sniff(string fileName, ReadOnlySpan<byte> head)
    {
        var shape = JsonHeadShape.Of(head);
        if (!shape.IsJson) return 0;
        return shape.HasAll("ID", "profile", "profile.screen_name") ? 0.95 : 0;
    }

    public void Import(Stream stream, ImportContext context, IRecordSink sink, CancellationToken cancellationToken = default)
    {
        JsonRecordLoop.Run(stream, context, sink, (element, record, _) =>
        {
            if (element.ValueKind != JsonValueKind.Object)
                throw new BadFieldException("(record)", $"expected a user object, found {JsonFields.Kind(element)}");
            var id = JsonFields.Id(element, "ID") ?? throw new BadFieldException("ID", "missing");
            var profile = JsonFields.Object(element, "profile") ?? throw new BadFieldException("profile", "missing");
            sink.Account(TwitterAccounts.FromV1(profile, "profile.", context, record, idOverride: id));
        }, cancellationToken);
    }
}
