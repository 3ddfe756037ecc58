using Swarmscope.Core;

namespace Swarmscope.Ingest.Csv;

/// <summary>
/// Any CSV of posts, given a <see cref="ColumnMapping"/> (--map or a mapping file). Required: time and account_id or
/// account_handle. Without post_id, the id is a hash of the whole row (<see cref="Post.IdDerived"/>). A file in
/// Swarmscope's own layout is read as such without a mapping. <c>platform</c> may map to a column or be a literal
/// platform name (<c>platform=telegram</c>). <c>repost_of</c> / <c>reply_to</c> columns set the kind and target when
/// non-empty. Lists (urls, hashtags, mentions) may be space- or comma-separated or <c>[a, b]</c> literals; where
/// they are not mapped they are extracted from the text.
/// </summary>
public class GenericCsvImporter : CsvImporter
{
    public override string Format => "csv";

    public override string Description => "Generic CSV of posts with a column mapping (--map field=column,... or a mapping file)";

    /// <summary>The mapping this format starts from (ready mappings for known layouts); the user's mapping overrides it.</summary>
    protected virtual ColumnMapping? DefaultMapping => null;

    /// <summary>The kind of a post that has a target_post_id but no kind column.</summary>
    protected virtual PostKind KindWithTarget => PostKind.Repost;

    protected virtual Platform DefaultPlatform => Platform.Unknown;

    /// <summary>
    /// True when the layout defines its time as a number of seconds on an origin of the source's choosing (QUT,
    /// CooRTweet): 0, 59 or 15126.505 are then times, not errors. Other numbers keep their usual reading.
    /// </summary>
    protected virtual bool TimesAreSeconds => false;

    // The generic format cannot recognise a file by itself: it needs a mapping, so it never claims one.
    protected override double SniffHeader(string fileName, CsvHeader header) => 0;

    protected override CsvImportSession? Begin(CsvHeader header, ImportContext context, IRecordSink sink)
    {
        var mapping = DefaultMapping is { } d ? ColumnMappingParser.Merge(d, context.Mapping) : context.Mapping;
        if (mapping is null || mapping.FieldToColumn.Count == 0)
        {
            if (SwarmscopeCsvImporter.IsPostsHeader(header) || SwarmscopeCsvImporter.IsAccountsHeader(header))
                return SwarmscopeCsvImporter.BeginSession(header);
            return RejectHeader(context, sink, null, "generic CSV needs a column mapping (--map post_id=...,account_id=...,time=...)");
        }
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var fixedPlatform = DefaultPlatform;
        foreach (var (field, column) in mapping.FieldToColumn)
        {
            var index = header[column];
            if (index < 0)
            {
                if (field.Equals("platform", StringComparison.OrdinalIgnoreCase) && Enum.TryParse<Platform>(column, true, out var p))
                {
                    fixedPlatform = p;
                    continue;
                }
                return RejectHeader(context, sink, column, $"mapped column for '{field}' is not in the header ({string.Join(",", header.Names)})");
            }
            columns[field] = index;
        }
        if (!columns.ContainsKey("time")) return RejectHeader(context, sink, "time", "the mapping names no time column");
        if (!columns.ContainsKey("account_id") && !columns.ContainsKey("account_handle"))
            return RejectHeader(context, sink, "account_id", "the mapping names no account_id or account_handle column");
        return new Session(columns, fixedPlatform, KindWithTarget, TimesAreSeconds);
    }

    private sealed class Session : CsvImportSession
    {
        private readonly int _postId, _accountId, _handle, _time, _kind, _text, _language, _targetPost, _targetAccount,
            _urls, _hashtags, _mentions, _channel, _platform, _repostOf, _replyTo;
        private readonly Platform _fixedPlatform;
        private readonly PostKind _kindWithTarget;
        private readonly bool _timesAreSeconds;
        private readonly RowHasher _hasher = new();
        private readonly SmallStringCache _strings = new();

        public Session(Dictionary<string, int> c, Platform fixedPlatform, PostKind kindWithTarget, bool timesAreSeconds)
        {
            int Col(string f) => c.TryGetValue(f, out var i) ? i : -1;
            _postId = Col("post_id"); _accountId = Col("account_id"); _handle = Col("account_handle"); _time = Col("time");
            _kind = Col("kind"); _text = Col("text"); _language = Col("language"); _targetPost = Col("target_post_id");
            _targetAccount = Col("target_account_id"); _urls = Col("urls"); _hashtags = Col("hashtags"); _mentions = Col("mentions");
            _channel = Col("channel"); _platform = Col("platform"); _repostOf = Col("repost_of"); _replyTo = Col("reply_to");
            _fixedPlatform = fixedPlatform;
            _kindWithTarget = kindWithTarget;
            _timesAreSeconds = timesAreSeconds;
        }

        public override void Row()
        {
            var handle = Str(_handle);
            var accountId = Str(_accountId) ?? handle?.ToLowerInvariant();
            if (accountId is null) { Reject(Header.Names[_accountId >= 0 ? _accountId : _handle], "empty: a post needs an account"); return; }
            if (!Time(_time, required: true, out var time, _timesAreSeconds)) return;

            var platform = _fixedPlatform;
            if (_platform >= 0 && !Reader.IsEmpty(_platform))
            {
                var name = _strings.Get(Reader.Field(_platform))!;
                if (!SwarmscopeCsvImporter.TryParsePlatform(name, out platform))
                {
                    Reject(Header.Names[_platform], $"unknown platform '{name}'");
                    return;
                }
            }

            var target = Str(_targetPost);
            var kind = target is null ? PostKind.Post : _kindWithTarget;
            if (Str(_replyTo) is { } replyTo) { kind = PostKind.Reply; target = replyTo; }
            if (Str(_repostOf) is { } repostOf) { kind = PostKind.Repost; target = repostOf; }
            if (_kind >= 0 && !Reader.IsEmpty(_kind))
            {
                if (!SwarmscopeCsvImporter.TryParseKind(Reader.GetString(_kind), out kind))
                {
                    Reject(Header.Names[_kind], $"unknown kind '{Reader.GetString(_kind)}' (post, repost, reply, quote, comment, forward)");
                    return;
                }
            }

            var postId = Str(_postId);
            var post = new Post
            {
                Platform = platform,
                Id = postId ?? _hasher.HashRecord(Reader),
                IdDerived = postId is null,
                AccountId = accountId,
                AccountHandle = handle,
                Time = time!.Value,
                Kind = kind,
                Text = Str(_text),
                Language = _language >= 0 ? _strings.Get(Reader.Field(_language)) : null,
                TargetPostId = target,
                TargetAccountId = Str(_targetAccount),
                Channel = Str(_channel),
                Provenance = Here,
            };
            if (_urls >= 0) post.Urls = ListField.Urls(Str(_urls));
            if (_hashtags >= 0) post.Hashtags = ListField.Hashtags(Str(_hashtags));
            if (_mentions >= 0) post.Mentions = ListField.Mentions(Str(_mentions));
            EntitiesFromText(post, hashtags: _hashtags < 0, mentions: _mentions < 0, urls: _urls < 0);
            if (post.Kind == PostKind.Repost && post.TargetAccountId is null) post.TargetAccountId = RetweetedHandle(post.Text);
            Sink.Post(post);
        }
    }
}
