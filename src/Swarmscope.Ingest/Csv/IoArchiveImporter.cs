using Swarmscope.Core;

namespace Swarmscope.Ingest.Csv;

/// <summary>
/// Twitter's Information Operations archive CSV (<c>tweetid,userid,user_display_name,user_screen_name,...,
/// tweet_time,is_retweet,retweet_tweetid,in_reply_to_tweetid,...,hashtags,urls,user_mentions</c>) and the reduced
/// subsets researchers pass around, which drop columns and reorder them: columns are found by name. Without
/// <c>userid</c> the account id is the lower-cased screen name. One Account per distinct account carries the profile
/// fields of its first row. <c>user_mentions</c> holds user ids, not handles, so mentions come from the text.
/// Files without <c>tweet_time</c> (e.g. the labelled text set <c>text_validate.csv</c>) are not posts of accounts
/// and are not claimed.
/// </summary>
public sealed class IoArchiveImporter : CsvImporter
{
    public override string Format => "io-archive";

    public override string Description => "Twitter Information Operations archive CSV (tweetid,userid,...,tweet_time,...) and its reduced subsets";

    protected override double SniffHeader(string fileName, CsvHeader header)
    {
        if (!header.HasAll("tweetid", "tweet_time") || !(header.Has("userid") || header.Has("user_screen_name"))) return 0;
        return header.HasAll("userid", "user_screen_name", "tweet_text", "is_retweet", "retweet_tweetid", "in_reply_to_tweetid") ? 0.97 : 0.92;
    }

    protected override CsvImportSession? Begin(CsvHeader header, ImportContext context, IRecordSink sink)
    {
        if (!header.Has("tweetid")) return RejectHeader(context, sink, "tweetid", "column missing from the header: not an IO-archive file");
        if (!header.Has("tweet_time")) return RejectHeader(context, sink, "tweet_time", "column missing from the header: not posts with times (a labelled text set?)");
        if (!header.Has("userid") && !header.Has("user_screen_name"))
            return RejectHeader(context, sink, "user_screen_name", "the header has neither userid nor user_screen_name");
        return new Session(header);
    }

    private sealed class Session(CsvHeader h) : CsvImportSession
    {
        private readonly int _tweetId = h["tweetid"], _userId = h["userid"], _displayName = h["user_display_name"],
            _screenName = h["user_screen_name"], _location = h["user_reported_location"], _description = h["user_profile_description"],
            _followers = h["follower_count"], _following = h["following_count"], _created = h["account_creation_date"],
            _accountLanguage = h["account_language"], _language = h["tweet_language"], _text = h["tweet_text"], _time = h["tweet_time"],
            _replyUser = h["in_reply_to_userid"], _replyTweet = h["in_reply_to_tweetid"], _quoted = h["quoted_tweet_tweetid"],
            _isRetweet = h["is_retweet"], _retweetUser = h["retweet_userid"], _retweetTweet = h["retweet_tweetid"],
            _hashtags = h["hashtags"], _urls = h["urls"];

        private readonly HashSet<string> _accountsSeen = new(StringComparer.Ordinal);
        private readonly SmallStringCache _languages = new();

        public override void Row()
        {
            var id = Str(_tweetId);
            if (id is null) { Reject("tweetid", "empty: a post needs an id"); return; }
            var screenName = Str(_screenName);
            var accountId = Str(_userId) ?? screenName?.ToLowerInvariant();
            if (accountId is null) { Reject(_userId >= 0 ? "userid" : "user_screen_name", "empty: a post needs an account"); return; }
            if (!Time(_time, required: true, out var time)) return;
            if (!Bool(_isRetweet, out var isRetweet)) return;

            var text = Str(_text);
            var post = new Post
            {
                Platform = Platform.Twitter,
                Id = id,
                AccountId = accountId,
                AccountHandle = screenName,
                Time = time!.Value,
                Text = text,
                Language = _language >= 0 ? _languages.Get(Reader.Field(_language)) : null,
                Provenance = Here,
            };
            if (isRetweet == true || Str(_retweetTweet) is not null)
            {
                post.Kind = PostKind.Repost;
                post.TargetPostId = Str(_retweetTweet);
                post.TargetAccountId = Str(_retweetUser) ?? (_userId < 0 ? RetweetedHandle(text) : null);
            }
            else if (Str(_replyTweet) is { } replyTo)
            {
                post.Kind = PostKind.Reply;
                post.TargetPostId = replyTo;
                post.TargetAccountId = Str(_replyUser);
            }
            else if (Str(_quoted) is { } quoted)
            {
                post.Kind = PostKind.Quote;
                post.TargetPostId = quoted;
            }
            else if (_isRetweet < 0 && RetweetedHandle(text) is { } rt && _userId < 0)
            {
                // Subsets without retweet columns: "RT @x:" is all there is, and x is a handle, which is this file's account id.
                post.Kind = PostKind.Repost;
                post.TargetAccountId = rt;
            }
            if (_hashtags >= 0) post.Hashtags = ListField.Hashtags(Str(_hashtags));
            if (_urls >= 0) post.Urls = ListField.Urls(Str(_urls));
            EntitiesFromText(post, hashtags: _hashtags < 0, mentions: true, urls: _urls < 0);

            if (_accountsSeen.Add(accountId) && !EmitAccount(accountId, screenName)) return;
            Sink.Post(post);
        }

        private bool EmitAccount(string accountId, string? screenName)
        {
            if (!Long(_followers, out var followers) || !Long(_following, out var following)) { _accountsSeen.Remove(accountId); return false; }
            if (!Time(_created, required: false, out var created)) { _accountsSeen.Remove(accountId); return false; }
            Sink.Account(new Account
            {
                Platform = Platform.Twitter,
                Id = accountId,
                Handle = screenName,
                DisplayName = Str(_displayName),
                CreatedAt = created?.Utc,
                Followers = followers,
                Following = following,
                Description = Str(_description),
                Location = Str(_location),
                Language = Str(_accountLanguage),
                Provenance = Here,
            });
            return true;
        }
    }
}
