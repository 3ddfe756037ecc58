using Swarmscope.Core;

namespace Swarmscope.Detection;

/// <summary>
/// The posts under analysis with accounts interned to dense indices. Every behaviour's <see cref="ActionTable"/>
/// refers to accounts and posts by index into this corpus, so evidence can point back to the exact posts.
/// </summary>
public sealed class PostCorpus
{
    public Post[] Posts { get; }
    /// <summary>Account index of each post.</summary>
    public int[] PostAccount { get; }
    public string[] AccountIds { get; }
    public Platform[] AccountPlatforms { get; }
    /// <summary>The platform handle where any post carried one, else null.</summary>
    public string?[] AccountHandles { get; }

    public int AccountCount => AccountIds.Length;

    public PostCorpus(IEnumerable<Post> posts)
    {
        var list = posts as List<Post> ?? posts.ToList();
        Posts = list.ToArray();
        PostAccount = new int[Posts.Length];
        var index = new Dictionary<(Platform, string), int>();
        var ids = new List<string>();
        var platforms = new List<Platform>();
        var handles = new List<string?>();
        for (var i = 0; i < Posts.Length; i++)
        {
            var p = Posts[i];
            if (!index.TryGetValue((p.Platform, p.AccountId), out var a))
            {
                a = ids.Count;
                index[(p.Platform, p.AccountId)] = a;
                ids.Add(p.AccountId);
                platforms.Add(p.Platform);
                handles.Add(null);
            }
            if (handles[a] is null && !string.IsNullOrWhiteSpace(p.AccountHandle)) handles[a] = p.AccountHandle;
            PostAccount[i] = a;
        }
        AccountIds = ids.ToArray();
        AccountPlatforms = platforms.ToArray();
        AccountHandles = handles.ToArray();
    }

    /// <summary>What a person sees: the handle if known, otherwise the platform id.</summary>
    public string AccountLabel(int account) => AccountHandles[account] ?? AccountIds[account];
}
