namespace Swarmscope.Core.Findings;

/// <summary>
/// A group whose decided stance toward one target changed sign between consecutive decided periods (the farm that
/// promoted a candidate, then attacked him), with posts from each side as evidence.
/// </summary>
public sealed record StanceFlipFinding(int FlipId, GroupStanceFinding Before, GroupStanceFinding After,
    IReadOnlyList<PostReference> BeforePosts, IReadOnlyList<PostReference> AfterPosts)
{
    public string Group => After.Group;
    public int GroupId => After.GroupId;
    public int TargetId => After.TargetId;
}
