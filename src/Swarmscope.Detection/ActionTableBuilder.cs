using Swarmscope.Core;

namespace Swarmscope.Detection;

/// <summary>
/// Turns a <see cref="PostCorpus"/> into one <see cref="ActionTable"/> per behaviour. This is the only place that
/// knows which field of a post is the "object" of which behaviour.
/// </summary>
public static class ActionTableBuilder
{
    private const long DayMs = 86_400_000;

    /// <param name="nearDuplicateGroupOfPost">Template group per post (−1 = none), or null when no grouper ran.</param>
    public static ActionTable Build(PostCorpus corpus, Behaviour behaviour, int[]? nearDuplicateGroupOfPost = null)
    {
        var rows = new RowBuffer(corpus.Posts.Length);
        var posts = corpus.Posts;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < posts.Length; i++)
        {
            var p = posts[i];
            var a = corpus.PostAccount[i];
            var t = p.Time.UnixMilliseconds;
            var platform = PlatformPrefix(p.Platform);
            switch (behaviour)
            {
                case Behaviour.CoRepost:
                    if (p.Kind is PostKind.Repost or PostKind.Forward && !string.IsNullOrEmpty(p.TargetPostId))
                        rows.Add(a, platform + p.TargetPostId, t, i);
                    break;
                case Behaviour.CoReply:
                    if (p.Kind is PostKind.Reply or PostKind.Comment && !string.IsNullOrEmpty(p.TargetPostId))
                        rows.Add(a, platform + p.TargetPostId, t, i);
                    break;
                case Behaviour.CoReplyAccount:
                    if (p.Kind is PostKind.Reply or PostKind.Comment && !string.IsNullOrEmpty(p.TargetAccountId))
                        rows.Add(a, platform + p.TargetAccountId, t, i);
                    break;
                // A repost or forward carries the original's links, tags and mentions: they are the original's, and sharing
                // them is co-repost. Counting them again would turn every co-repost of a news post into co-link too.
                case Behaviour.CoLink:
                    if (IsCopy(p)) break;
                    seen.Clear();
                    foreach (var u in p.Urls)
                        if (!string.IsNullOrEmpty(u) && seen.Add(u)) rows.Add(a, u, t, i);
                    break;
                case Behaviour.CoDomain:
                    if (IsCopy(p)) break;
                    seen.Clear();
                    foreach (var u in p.Urls)
                        if (UrlCanonicalizer.Domain(u) is { Length: > 0 } d && seen.Add(d)) rows.Add(a, d, t, i);
                    break;
                case Behaviour.CoHashtag:
                    if (IsCopy(p)) break;
                    seen.Clear();
                    foreach (var h in p.Hashtags)
                        if (!string.IsNullOrEmpty(h) && seen.Add(h)) rows.Add(a, "#" + h, t, i);
                    break;
                case Behaviour.CoHashtagSequence:
                    if (p.Hashtags.Length >= 2 && !IsCopy(p))
                    {
                        var day = Math.DivRem(t, DayMs, out var rem);
                        if (rem < 0) day--;
                        var date = DateTimeOffset.FromUnixTimeMilliseconds(day * DayMs).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                        rows.Add(a, date + " #" + string.Join(" #", p.Hashtags), t, i);
                    }
                    break;
                case Behaviour.CoMention:
                    if (IsCopy(p)) break;
                    seen.Clear();
                    foreach (var m in p.Mentions)
                        if (!string.IsNullOrEmpty(m) && seen.Add(m)) rows.Add(a, "@" + m, t, i);
                    break;
                case Behaviour.IdenticalText:
                    // A repost carries the original's text; sharing it is co-repost, not identical authoring.
                    if (!IsCopy(p) && TextKey.Of(p.Text) is { } key) rows.Add(a, key, t, i);
                    break;
                case Behaviour.NearDuplicateText:
                    if (nearDuplicateGroupOfPost is not null && nearDuplicateGroupOfPost[i] >= 0 && !IsCopy(p))
                        rows.Add(a, "template " + nearDuplicateGroupOfPost[i].ToString(System.Globalization.CultureInfo.InvariantCulture), t, i);
                    break;
                case Behaviour.CoImage:
                    seen.Clear();
                    foreach (var h in p.MediaHashes)
                        if (!string.IsNullOrEmpty(h) && seen.Add(h)) rows.Add(a, h, t, i);
                    break;
                case Behaviour.CoPost:
                    rows.Add(a, "any post", t, i);
                    break;
            }
        }
        return ActionTable.Build(behaviour, rows.Count, rows.Account, rows.Object, rows.Time, rows.Post,
            rows.Keys.ToArray(), corpus.AccountCount, ignoresWindow: behaviour == Behaviour.CoHashtagSequence);
    }

    private static bool IsCopy(Post p) => p.Kind is PostKind.Repost or PostKind.Forward;

    private static string PlatformPrefix(Platform platform) => platform switch
    {
        Platform.Twitter => "twitter:",
        Platform.Facebook => "facebook:",
        Platform.Telegram => "telegram:",
        Platform.VK => "vk:",
        _ => platform.ToString().ToLowerInvariant() + ":",
    };

    private sealed class RowBuffer(int capacity)
    {
        public int[] Account = new int[Math.Max(16, capacity)];
        public int[] Object = new int[Math.Max(16, capacity)];
        public long[] Time = new long[Math.Max(16, capacity)];
        public int[] Post = new int[Math.Max(16, capacity)];
        public int Count;
        public readonly List<string> Keys = [];
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public void Add(int account, string key, long time, int post)
        {
            if (!_index.TryGetValue(key, out var o)) { o = Keys.Count; _index[key] = o; Keys.Add(key); }
            if (Count == Account.Length)
            {
                var n = Count * 2;
                Array.Resize(ref Account, n); Array.Resize(ref Object, n); Array.Resize(ref Time, n); Array.Resize(ref Post, n);
            }
            Account[Count] = account; Object[Count] = o; Time[Count] = time; Post[Count] = post; Count++;
        }
    }
}
