namespace Swarmscope.Observatory.Model;

/// <summary>Where a coding is in review: a coder drafts and submits; an editor returns (with comments), approves, publishes.</summary>
public enum ReviewState
{
    Draft = 0,
    Submitted = 1,
    Returned = 2,
    Approved = 3,
    Published = 4,
}
