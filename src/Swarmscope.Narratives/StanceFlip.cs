namespace Swarmscope.Narratives;

/// <summary>
/// A group whose stance toward one target changed sign between two consecutive periods in which it was decided
/// (both intervals exclude 0): the same farm first promoting, then attacking. Evidence: posts from each side.
/// </summary>
public sealed record StanceFlip(GroupKind Group, int GroupId, int Target, GroupStance Before, GroupStance After, int[] BeforePosts, int[] AfterPosts);
