using Swarmscope.Core;

namespace Swarmscope.Ingest.Csv;

/// <summary>
/// FiveThirtyEight's original 21-column IRA layout (<c>external_author_id,author,content,...,tweet_id,article_url,
/// tco1_step1,tco2_step1,tco3_step1</c>), dates like <c>10/1/17 19:58</c> (Minute precision). Copies that passed through
/// a spreadsheet carry ids as <c>9.1458E+17</c>; the exact tweet id is then taken from article_url
/// (<c>.../statuses/914580356430536707</c>), and only when neither is usable is the id derived from the row.
/// Accounts are keyed by the lower-cased author handle, as in the per-author <see cref="IraImporter"/> files, so the
/// two layouts merge. The tco*_step1 columns are expanded links and are used as the post's URLs when present.
/// </summary>
public sealed class IraOriginalImporter : CsvImporter
{
    public override string Format => "ira-original";

    public override string Description => "FiveThirtyEight IRA tweets, original 21-column layout (IRAhandle_tweets_N.csv)";

    protected override double SniffHeader(string fileName, CsvHeader header) =>
        header.HasAll("author", "content", "publish_date", "harvested_date", "post_type", "account_category", "tweet_id", "article_url") ? 0.96 : 0;

    protected override CsvImportSession? Begin(CsvHeader header, ImportContext context, IRecordSink sink)
    {
        foreach (var c in (ReadOnlySpan<string>)["author", "content", "publish_date"])
            if (!header.Has(c)) return RejectHeader(context, sink, c, "column missing from the header: not the IRA original layout");
        return new Session(header);
    }

    private sealed class Session(CsvHeader h) : CsvImportSession
    {
        private readonly int _author = h["author"], _content = h["content"], _language = h["language"], _published = h["publish_date"],
            _harvested = h["harvested_date"], _following = h["following"], _followers = h["followers"], _updates = h["updates"],
            _postType = h["post_type"], _retweet = h["retweet"], _tweetId = h["tweet_id"], _articleUrl = h["article_url"];
        private readonly int[] _tco = [h["tco1_step1"], h["tco2_step1"], h["tco3_step1"]];
        private readonly RowHasher _hasher = new();
        private readonly SmallStringCache _strings = new();
        private readonly Dictionary<string, (Account Account, long Harvested)> _accounts = new(StringComparer.Ordinal);

        public override void Row()
        {
            var handle = Str(_author);
            if (handle is null) { Reject("author", "empty: a post needs an author"); return; }
            if (!Time(_published, required: true, out var published) || !Time(_harvested, required: false, out var harvested)) return;
            if (!Long(_following, out var following) || !Long(_followers, out var followers) || !Long(_updates, out var updates)) return;
            if (!Bool(_retweet, out var retweet)) return;

            var text = Str(_content);
            var id = TweetId();
            var kind = PostKind.Post;
            var postType = Str(_postType);
            if (postType is "RETWEET" || (postType is null && retweet == true)) kind = PostKind.Repost;
            else if (postType is "QUOTE_TWEET") kind = PostKind.Quote;
            var retweeted = RetweetedHandle(text);
            if (retweeted is not null && kind == PostKind.Post) kind = PostKind.Repost;
            var accountId = handle.ToLowerInvariant();

            var post = new Post
            {
                Platform = Platform.Twitter,
                Id = id ?? _hasher.HashRecord(Reader),
                IdDerived = id is null,
                AccountId = accountId,
                AccountHandle = handle,
                Time = new Timestamp(published!.Value.UnixMilliseconds, TimePrecision.Minute),
                Kind = kind,
                Text = text,
                Language = _language >= 0 ? _strings.Get(Reader.Field(_language)) : null,
                TargetAccountId = kind == PostKind.Repost ? retweeted : null,
                Provenance = Here,
            };
            List<string>? links = null;
            foreach (var col in _tco)
                if (UrlCanonicalizer.Canonicalize(Str(col)) is { } url && !(links ??= []).Contains(url)) links.Add(url);
            if (links is not null) post.Urls = links.ToArray();
            EntitiesFromText(post, urls: links is null);
            Sink.Post(post);

            var harvestedMs = (harvested ?? published).Value.UnixMilliseconds;
            if (!_accounts.TryGetValue(accountId, out var known) || harvestedMs >= known.Harvested)
            {
                var account = known.Account ?? new Account { Platform = Platform.Twitter, Id = accountId, Handle = handle };
                account.Following = following;
                account.Followers = followers;
                account.PostCount = updates;
                account.Provenance = Here;
                _accounts[accountId] = (account, harvestedMs);
            }
        }

        public override void Complete()
        {
            foreach (var (account, _) in _accounts.Values) Sink.Account(account);
        }

        /// <summary>The exact tweet id: from article_url when it has one, else tweet_id if it is all digits.</summary>
        private string? TweetId()
        {
            var url = Str(_articleUrl);
            if (url is not null)
            {
                var at = url.IndexOf("/statuses/", StringComparison.Ordinal);
                if (at < 0) at = url.IndexOf("/status/", StringComparison.Ordinal);
                if (at >= 0)
                {
                    var start = url.IndexOf('/', at + 1) + 1;
                    var end = start;
                    while (end < url.Length && char.IsAsciiDigit(url[end])) end++;
                    if (end > start) return url[start..end];
                }
            }
            var tweetId = Str(_tweetId);
            if (tweetId is not null && tweetId.All(char.IsAsciiDigit)) return tweetId;
            return null;
        }
    }
}
