namespace Swarmscope.Core;

/// <summary>What a post does. Repost, Reply, Quote, Comment and Forward point at another post (<see cref="Post.TargetPostId"/>).</summary>
public enum PostKind : byte
{
    Post = 0,
    Repost,
    Reply,
    Quote,
    Comment,
    Forward,
}
