using System.Buffers.Text;
using System.Text;
using Swarmscope.Core;

namespace Swarmscope.Ingest.Csv;

/// <summary>
/// FiveThirtyEight's per-author IRA files (<c>author_id,content,region,language,publish_date,harvested_date,
/// following,followers,updates,post_type,retweet</c>). They carry no tweet id, so a post's id is a hash of the whole
/// row as written (<see cref="RowHasher.HashBytes"/>, <see cref="Post.IdDerived"/> = true): the same tweet harvested twice merges.
/// publish_date has seconds always 00, so times are Minute precision. Profile counters ride on every row; one
/// Account per author is emitted with the values of the author's latest-harvested row.
/// </summary>
public sealed class IraImporter : CsvImporter
{
    internal static readonly string[] Columns =
        ["author_id", "content", "region", "language", "publish_date", "harvested_date", "following", "followers", "updates", "post_type", "retweet"];

    public override string Format => "ira";

    public override string Description => "FiveThirtyEight IRA tweets, per-author 11-column files (tweets-partN.csv[.gz])";

    protected override double SniffHeader(string fileName, CsvHeader header) =>
        header.IsExactly(Columns) ? 0.97 : 0;

    protected override CsvImportSession? Begin(CsvHeader header, ImportContext context, IRecordSink sink)
    {
        foreach (var c in Columns)
            if (!header.Has(c)) return RejectHeader(context, sink, c, "column missing from the header: not the IRA 11-column layout");
        return new Session(header);
    }

    private sealed class Session(CsvHeader header) : CsvImportSession
    {
        private readonly int _author = header["author_id"], _content = header["content"], _language = header["language"],
            _published = header["publish_date"], _harvested = header["harvested_date"], _following = header["following"],
            _followers = header["followers"], _updates = header["updates"], _postType = header["post_type"], _retweet = header["retweet"];

        private readonly SmallStringCache _languages = new();
        private byte[] _authorBytes = [];
        private string _authorHandle = "";
        private string _authorId = "";
        private Account? _account;
        private long _accountHarvested = long.MinValue;

        public override void Row()
        {
            var r = Reader;
            var authorSpan = r.Field(_author);
            if (authorSpan.IsEmpty) { Reject("author_id", "empty: a post needs an author"); return; }
            if (!TimestampParser.TryParse(r.Field(_published), Context.AssumedTimeZone, out var published))
            {
                Reject("publish_date", r.IsEmpty(_published) ? "empty: a post needs a time" : $"not a timestamp: '{r.GetString(_published)}'");
                return;
            }
            Timestamp harvested = default;
            if (!r.IsEmpty(_harvested) && !TimestampParser.TryParse(r.Field(_harvested), Context.AssumedTimeZone, out harvested))
            {
                Reject("harvested_date", $"not a timestamp: '{r.GetString(_harvested)}'");
                return;
            }
            if (!Long(_following, out var following) || !Long(_followers, out var followers) || !Long(_updates, out var updates)) return;

            authorSpan = r.Field(_author); // fetched again: an escaped field's span is reused by later Field calls
            if (!authorSpan.SequenceEqual(_authorBytes))
            {
                FlushAccount();
                _authorBytes = authorSpan.ToArray();
                _authorHandle = Encoding.UTF8.GetString(authorSpan);
                _authorId = _authorHandle.ToLowerInvariant();
            }

            var text = r.GetStringOrNull(_content);
            var postType = r.Field(_postType);
            var kind = PostKind.Post;
            if (postType.SequenceEqual("R"u8) || postType.SequenceEqual("RETWEET"u8)) kind = PostKind.Repost;
            else if (postType.SequenceEqual("Q"u8) || postType.SequenceEqual("QUOTE_TWEET"u8)) kind = PostKind.Quote;
            else if (r.Field(_retweet).SequenceEqual("1"u8)) kind = PostKind.Repost;
            var retweeted = RetweetedHandle(text);
            if (retweeted is not null && kind == PostKind.Post) kind = PostKind.Repost;

            var post = new Post
            {
                Platform = Platform.Twitter,
                Id = RowHasher.HashBytes(r.RawRecordBytes),
                AccountId = _authorId,
                AccountHandle = _authorHandle,
                Time = new Timestamp(published.UnixMilliseconds, TimePrecision.Minute),
                Kind = kind,
                Text = text,
                Language = _languages.Get(r.Field(_language)),
                TargetAccountId = kind == PostKind.Repost ? retweeted : null,
                IdDerived = true,
                Provenance = Here,
            };
            EntitiesFromText(post);
            Sink.Post(post);

            var harvestedMs = r.IsEmpty(_harvested) ? published.UnixMilliseconds : harvested.UnixMilliseconds;
            if (_account is null || harvestedMs >= _accountHarvested)
            {
                _accountHarvested = harvestedMs;
                _account ??= new Account { Platform = Platform.Twitter, Id = _authorId, Handle = _authorHandle };
                _account.Following = following;
                _account.Followers = followers;
                _account.PostCount = updates;
                _account.Provenance = Here;
            }
        }

        public override void Complete() => FlushAccount();

        private void FlushAccount()
        {
            if (_account is not null) Sink.Account(_account);
            _account = null;
            _accountHarvested = long.MinValue;
        }
    }
}
