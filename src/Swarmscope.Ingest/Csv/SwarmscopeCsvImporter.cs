using System.Globalization;
using Swarmscope.Core;

namespace Swarmscope.Ingest.Csv;

/// <summary>
/// Swarmscope's own normalized CSV (TEAM.md "swarmscope-csv"): posts.csv and accounts.csv, recognised by their exact
/// headers. Lists are space-separated; platform and kind are lower-case enum names; times ISO 8601. Cells are read back
/// as Swarmscope's CSV writer wrote them (formula neutralisation and escapes undone, <see cref="CsvReader.GetText"/>).
/// </summary>
public sealed class SwarmscopeCsvImporter : CsvImporter
{
    internal static readonly string[] PostColumns =
        ["platform", "post_id", "account_id", "account_handle", "time", "kind", "text", "language", "target_post_id", "target_account_id", "urls", "hashtags", "mentions", "media_hashes", "channel"];

    internal static readonly string[] AccountColumns =
        ["platform", "account_id", "handle", "display_name", "created_at", "followers", "following", "post_count", "description", "profile_image_url", "profile_image_hash", "verified"];

    public override string Format => "swarmscope-csv";

    public override string Description => "Swarmscope's normalized CSV (posts.csv / accounts.csv, exact headers)";

    internal static bool IsPostsHeader(CsvHeader h) => h.IsExactly(PostColumns);

    internal static bool IsAccountsHeader(CsvHeader h) => h.IsExactly(AccountColumns);

    protected override double SniffHeader(string fileName, CsvHeader header) =>
        IsPostsHeader(header) || IsAccountsHeader(header) ? 1.0 : 0;

    protected override CsvImportSession? Begin(CsvHeader header, ImportContext context, IRecordSink sink) =>
        BeginSession(header) ?? RejectHeader(context, sink, null,
            "header is neither the swarmscope posts.csv nor accounts.csv layout: " + string.Join(",", PostColumns) + " / " + string.Join(",", AccountColumns));

    internal static CsvImportSession? BeginSession(CsvHeader header) =>
        IsPostsHeader(header) ? new PostsSession() : IsAccountsHeader(header) ? new AccountsSession() : null;

    /// <summary>Reads a kind name; "retweet" and "share" are accepted for repost.</summary>
    public static bool TryParseKind(string value, out PostKind kind)
    {
        switch (value.Trim().ToLowerInvariant())
        {
            case "post" or "tweet" or "original" or "status": kind = PostKind.Post; return true;
            case "repost" or "retweet" or "share" or "reshare": kind = PostKind.Repost; return true;
            case "reply": kind = PostKind.Reply; return true;
            case "quote" or "quote_tweet": kind = PostKind.Quote; return true;
            case "comment": kind = PostKind.Comment; return true;
            case "forward": kind = PostKind.Forward; return true;
            default: kind = PostKind.Post; return false;
        }
    }

    internal static bool TryParsePlatform(string? value, out Platform platform)
    {
        platform = Platform.Unknown;
        return value is not null && !char.IsDigit(value[0]) && Enum.TryParse(value, true, out platform) && Enum.IsDefined(platform);
    }

    private static string[] SpaceList(string? cell) =>
        string.IsNullOrWhiteSpace(cell) ? [] : cell.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private sealed class PostsSession : CsvImportSession
    {
        public override void Row()
        {
            // Column order is fixed by the exact-header check.
            if (!TryParsePlatform(OwnText(0), out var platform)) { Reject("platform", $"unknown platform '{OwnText(0)}'"); return; }
            var id = OwnText(1);
            if (id is null) { Reject("post_id", "empty: a post needs an id"); return; }
            var account = OwnText(2);
            if (account is null) { Reject("account_id", "empty: a post needs an account"); return; }
            if (!Time(4, required: true, out var time)) return;
            var kind = PostKind.Post;
            if (OwnText(5) is { } k && !TryParseKind(k, out kind)) { Reject("kind", $"unknown kind '{k}'"); return; }
            var post = new Post
            {
                Platform = platform,
                Id = id,
                AccountId = account,
                AccountHandle = OwnText(3),
                Time = time!.Value,
                Kind = kind,
                Text = OwnText(6),
                Language = OwnText(7),
                TargetPostId = OwnText(8),
                TargetAccountId = OwnText(9),
                Urls = ListField.CanonicalUrls(SpaceList(OwnText(10))),
                Hashtags = ListField.Hashtags(OwnText(11)),
                Mentions = ListField.Mentions(OwnText(12)),
                MediaHashes = SpaceList(OwnText(13)),
                Channel = OwnText(14),
                Provenance = Here,
            };
            Sink.Post(post);
        }
    }

    private sealed class AccountsSession : CsvImportSession
    {
        public override void Row()
        {
            if (!TryParsePlatform(OwnText(0), out var platform)) { Reject("platform", $"unknown platform '{OwnText(0)}'"); return; }
            var id = OwnText(1);
            if (id is null) { Reject("account_id", "empty: an account needs an id"); return; }
            DateTimeOffset? created = null;
            if (!Time(4, required: false, out var createdTs)) return;
            if (createdTs is { } c) created = c.Utc;
            if (!Long(5, out var followers) || !Long(6, out var following) || !Long(7, out var posts)) return;
            ulong? imageHash = null;
            if (OwnText(10) is { } hash)
            {
                if (hash.Length != 16 || !ulong.TryParse(hash, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var h))
                {
                    Reject("profile_image_hash", $"not 16 hex digits: '{hash}'");
                    return;
                }
                imageHash = h;
            }
            if (!Bool(11, out var verified)) return;
            Sink.Account(new Account
            {
                Platform = platform,
                Id = id,
                Handle = OwnText(2),
                DisplayName = OwnText(3),
                CreatedAt = created,
                Followers = followers,
                Following = following,
                PostCount = posts,
                Description = OwnText(8),
                ProfileImageUrl = OwnText(9),
                ProfileImageHash = imageHash,
                Verified = verified,
                Provenance = Here,
            });
        }
    }
}
