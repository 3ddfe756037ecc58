using Swarmscope.Core;

namespace Swarmscope.Narratives;

/// <summary>
/// Streams posts into a <see cref="NarrativeCorpus"/>. Clusters come from a detection run as (platform, account id)
/// → cluster id; accounts not in it are −1.
/// </summary>
public sealed class NarrativeCorpusBuilder(IReadOnlyDictionary<(Platform Platform, string AccountId), int>? clusters = null)
{
    private readonly List<string> _postIds = [];
    private readonly List<int> _account = [];
    private readonly List<long> _time = [];
    private readonly List<Platform> _platform = [];
    private readonly List<PostKind> _kind = [];
    private readonly List<string?> _text = [];
    private readonly List<string?> _language = [];
    private readonly List<int> _reply = [];
    private readonly List<int> _mentionStart = [0];
    private readonly List<int> _mentions = [];
    private readonly Dictionary<(Platform, string), int> _accountIndex = new();
    private readonly List<string> _accountIds = [];
    private readonly List<string?> _handles = [];
    private readonly List<Platform> _accountPlatforms = [];
    private readonly Dictionary<string, int> _targetIndex = new(StringComparer.Ordinal);
    private readonly List<string> _targets = [];
    // Replies name the replied-to account by id; mentions name it by handle. Resolved to one target at Build().
    private readonly List<(int Post, Platform Platform, string AccountId)> _replyIds = [];

    public int Count => _postIds.Count;

    public void Add(Post post)
    {
        var key = (post.Platform, post.AccountId);
        if (!_accountIndex.TryGetValue(key, out var account))
        {
            account = _accountIds.Count;
            _accountIndex[key] = account;
            _accountIds.Add(post.AccountId);
            _handles.Add(null);
            _accountPlatforms.Add(post.Platform);
        }
        if (_handles[account] is null && !string.IsNullOrWhiteSpace(post.AccountHandle)) _handles[account] = post.AccountHandle;
        // A Telegram channel posts as itself: its title is the only readable name some exports give.
        else if (_handles[account] is null && post.Platform == Platform.Telegram && !string.IsNullOrWhiteSpace(post.Channel)) _handles[account] = post.Channel;

        var index = _postIds.Count;
        _postIds.Add(post.Id);
        _account.Add(account);
        _time.Add(post.Time.UnixMilliseconds);
        _platform.Add(post.Platform);
        _kind.Add(post.Kind);
        _text.Add(post.Text);
        _language.Add(post.Language);
        _reply.Add(-1);
        if (post.Kind is PostKind.Reply or PostKind.Comment && !string.IsNullOrEmpty(post.TargetAccountId) && post.TargetAccountId != post.AccountId)
            _replyIds.Add((index, post.Platform, post.TargetAccountId));
        foreach (var m in post.Mentions)
            if (!string.IsNullOrEmpty(m)) _mentions.Add(Target(m.ToLowerInvariant()));
        _mentionStart.Add(_mentions.Count);
    }

    private int Target(string name)
    {
        if (_targetIndex.TryGetValue(name, out var t)) return t;
        t = _targets.Count;
        _targetIndex[name] = t;
        _targets.Add(name);
        return t;
    }

    public NarrativeCorpus Build()
    {
        foreach (var (post, platform, accountId) in _replyIds)
        {
            var handle = _accountIndex.TryGetValue((platform, accountId), out var a) ? _handles[a] : null;
            _reply[post] = Target(handle?.ToLowerInvariant() ?? accountId);
        }
        var cluster = new int[_accountIds.Count];
        for (var a = 0; a < cluster.Length; a++)
            cluster[a] = clusters is not null && clusters.TryGetValue((_accountPlatforms[a], _accountIds[a]), out var c) ? c : -1;
        return new NarrativeCorpus
        {
            PostIds = [.. _postIds], PostAccount = [.. _account], TimeMs = [.. _time], PostPlatform = [.. _platform],
            Kind = [.. _kind], Text = [.. _text], Language = [.. _language], ReplyTarget = [.. _reply],
            MentionStart = [.. _mentionStart], MentionTargets = [.. _mentions],
            AccountIds = [.. _accountIds], AccountHandles = [.. _handles], AccountPlatforms = [.. _accountPlatforms],
            AccountCluster = cluster, TargetNames = [.. _targets],
        };
    }
}
