using Swarmscope.Core;

namespace Swarmscope.Ingest.Csv;

/// <summary>
/// Twitter v1.1 user objects flattened to CSV (<c>id,screen_name,name,followers_count,friends_count,statuses_count,
/// created_at,...</c>), e.g. NBC News' IRA profile release. Accounts only; the id is Twitter's numeric user id
/// (the platform's stable id), the handle is screen_name.
/// </summary>
public sealed class TwitterProfilesCsvImporter : CsvImporter
{
    public override string Format => "twitter-profiles-csv";

    public override string Description => "Twitter user profiles as CSV (v1.1 field names: id, screen_name, followers_count, ...)";

    protected override double SniffHeader(string fileName, CsvHeader header) =>
        header.HasAll("id", "screen_name", "followers_count", "friends_count", "statuses_count", "created_at") ? 0.93 : 0;

    protected override CsvImportSession? Begin(CsvHeader header, ImportContext context, IRecordSink sink)
    {
        if (!header.Has("id") && !header.Has("screen_name"))
            return RejectHeader(context, sink, "id", "the header has neither id nor screen_name");
        return new Session(header);
    }

    private sealed class Session(CsvHeader h) : CsvImportSession
    {
        private readonly int _id = h["id"], _screenName = h["screen_name"], _name = h["name"], _followers = h["followers_count"],
            _friends = h["friends_count"], _statuses = h["statuses_count"], _created = h["created_at"], _description = h["description"],
            _location = h["location"], _lang = h["lang"], _verified = h["verified"], _image = h["profile_image_url_https"], _image2 = h["profile_image_url"];

        public override void Row()
        {
            var screenName = Str(_screenName);
            var id = Str(_id) ?? screenName?.ToLowerInvariant();
            if (id is null) { Reject("id", "empty: an account needs an id"); return; }
            if (!Long(_followers, out var followers) || !Long(_friends, out var following) || !Long(_statuses, out var posts)) return;
            if (!Time(_created, required: false, out var created) || !Bool(_verified, out var verified)) return;
            Sink.Account(new Account
            {
                Platform = Platform.Twitter,
                Id = id,
                Handle = screenName,
                DisplayName = Str(_name),
                CreatedAt = created?.Utc,
                Followers = followers,
                Following = following,
                PostCount = posts,
                Description = Str(_description),
                Location = Str(_location),
                Language = Str(_lang),
                Verified = verified,
                ProfileImageUrl = Str(_image) ?? Str(_image2),
                Provenance = Here,
            });
        }
    }
}
