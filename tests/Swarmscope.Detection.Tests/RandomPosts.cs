using Swarmscope.Core;

namespace Swarmscope.Detection.Tests;

/// <summary>Small random corpora that exercise every behaviour, with many exact-time ties.</summary>
internal static class RandomPosts
{
    private static readonly string[] Texts = ["We made a choice for the new Kazakhstan", "we made a  choice for the NEW kazakhstan", "Shame on the critic!", "ok", "Vote early, vote often", "Правильный выбор для страны"];
    private static readonly string[] Urls = ["https://example.com/a", "https://example.com/b", "https://news.kz/x", "https://t.me/c/1"];
    private static readonly string[] Tags = ["kz", "vote", "choice", "shame", "новыйказахстан"];

    public static List<Post> Make(int seed, int count, int accounts, long spanMs)
    {
        var r = new Random(seed);
        var posts = new List<Post>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = (PostKind)r.Next(0, 6);
            var time = r.Next(4) == 0 ? (r.Next(0, 20) * 1000L) : r.NextInt64(0, spanMs);
            var p = new Post
            {
                Platform = r.Next(10) == 0 ? Platform.VK : Platform.Twitter,
                Id = "p" + i,
                AccountId = "u" + r.Next(accounts),
                Time = new Timestamp(time, TimePrecision.Millisecond),
                Kind = kind,
                Text = Texts[r.Next(Texts.Length)],
                TargetPostId = kind == PostKind.Post ? null : "t" + r.Next(8),
                TargetAccountId = kind == PostKind.Post ? null : "acc" + r.Next(5),
                Urls = Pick(r, Urls, 3),
                Hashtags = Pick(r, Tags, 3),
                Mentions = Pick(r, ["critic", "akorda", "nur"], 2),
                MediaHashes = Pick(r, ["00ff00ff00ff00ff", "1234567890abcdef"], 1),
            };
            posts.Add(p);
        }
        return posts;
    }

    private static string[] Pick(Random r, string[] pool, int max)
    {
        var n = r.Next(max + 1);
        var result = new string[n];
        for (var i = 0; i < n; i++) result[i] = pool[r.Next(pool.Length)];
        return result;
    }
}
