using Swarmscope.Core;

namespace Swarmscope.Ingest.Csv;

/// <summary>
/// CrowdTangle posts as CSV with the API's field names (<c>platformId,platform,date,type,message,link,expanded,
/// postUrl,account_platformId,account_name,account_handle,account_subscriberCount,...</c>), as written by CooRnet and
/// PyCooRnet. The post id is platformId; the account id is account_platformId (the page or group); the shared link
/// (expanded, else link) is the post's first canonical URL, followed by links in the message. Channel is the
/// canonical account_url, i.e. the page or group the post lives in. One Account per distinct page/group.
/// </summary>
public sealed class CrowdTangleImporter : CsvImporter
{
    public override string Format => "crowdtangle";

    public override string Description => "CrowdTangle posts CSV (API field names: platformId, platform, date, message, expanded, account_*)";

    protected override double SniffHeader(string fileName, CsvHeader header) =>
        header.HasAll("platformId", "platform", "date", "postUrl", "account_platformId") ? 0.96 : 0;

    protected override CsvImportSession? Begin(CsvHeader header, ImportContext context, IRecordSink sink)
    {
        foreach (var c in (ReadOnlySpan<string>)["platformId", "date"])
            if (!header.Has(c)) return RejectHeader(context, sink, c, "column missing from the header: not a CrowdTangle export");
        if (!header.Has("account_platformId") && !header.Has("account_id"))
            return RejectHeader(context, sink, "account_platformId", "column missing from the header: not a CrowdTangle export");
        return new Session(header);
    }

    private sealed class Session(CsvHeader h) : CsvImportSession
    {
        private readonly int _id = h["platformId"], _platform = h["platform"], _date = h["date"], _message = h["message"],
            _link = h["link"], _expanded = h["expanded"], _accountPlatformId = h["account_platformId"], _accountId = h["account_id"],
            _accountName = h["account_name"], _accountHandle = h["account_handle"], _subscribers = h["account_subscriberCount"],
            _verified = h["account_verified"], _accountUrl = h["account_url"], _image = h["account_profileImage"],
            _language = h["languageCode"];
        private readonly HashSet<string> _accountsSeen = new(StringComparer.Ordinal);

        public override void Row()
        {
            var id = Str(_id);
            if (id is null) { Reject("platformId", "empty: a post needs an id"); return; }
            var accountId = Str(_accountPlatformId) ?? Str(_accountId);
            if (accountId is null) { Reject("account_platformId", "empty: a post needs an account"); return; }
            if (!Time(_date, required: true, out var time)) return;
            var platform = Platform.Facebook;
            if (Str(_platform) is { } p && !SwarmscopeCsvImporter.TryParsePlatform(p, out platform)) platform = Platform.Other;

            var post = new Post
            {
                Platform = platform,
                Id = id,
                AccountId = accountId,
                AccountHandle = Str(_accountHandle),
                Time = time!.Value,
                Text = Str(_message),
                Language = Str(_language),
                Channel = UrlCanonicalizer.Canonicalize(Str(_accountUrl)) ?? accountId,
                Provenance = Here,
            };
            EntitiesFromText(post);
            var shared = UrlCanonicalizer.Canonicalize(Str(_expanded)) ?? UrlCanonicalizer.Canonicalize(Str(_link));
            if (shared is not null && Array.IndexOf(post.Urls, shared) < 0) post.Urls = [shared, .. post.Urls];

            if (_accountsSeen.Add(accountId))
            {
                if (!Long(_subscribers, out var subscribers) || !Bool(_verified, out var verified)) { _accountsSeen.Remove(accountId); return; }
                Sink.Account(new Account
                {
                    Platform = platform,
                    Id = accountId,
                    Handle = Str(_accountHandle),
                    DisplayName = Str(_accountName),
                    Followers = subscribers,
                    Verified = verified,
                    ProfileImageUrl = Str(_image),
                    Provenance = Here,
                });
            }
            Sink.Post(post);
        }
    }
}
