using Swarmscope.Observatory.Model;

namespace Swarmscope.Observatory.Workflow;

/// <summary>
/// The review states of a coding: draft → submitted → approved → published, or submitted → returned (with a
/// comment) → submitted again. Only the coder who owns a coding edits or submits it; only editors (and admins)
/// return, approve or publish, and never their own coding.
/// </summary>
public static class ReviewWorkflow
{
    public static bool CanEdit(Coding coding, string userId, ObservatoryRole? role) =>
        RolePolicy.Can(role, ObservatoryAction.Code) && coding.CoderId == userId && coding.State is ReviewState.Draft or ReviewState.Returned;

    public static void DemandEdit(Coding coding, string userId, ObservatoryRole? role)
    {
        RolePolicy.Demand(role, ObservatoryAction.Code);
        if (coding.CoderId != userId) throw new WorkflowException($"This coding belongs to {coding.CoderName}; you can only edit your own.", forbidden: true);
        if (coding.State is not (ReviewState.Draft or ReviewState.Returned))
            throw new WorkflowException($"This coding is {Name(coding.State)}; it can be edited only as a draft or after it was returned.");
    }

    public static void Submit(Coding coding, string userId, ObservatoryRole? role, DateTimeOffset now)
    {
        DemandEdit(coding, userId, role);
        coding.State = ReviewState.Submitted;
        coding.SubmittedAt = now;
        coding.UpdatedAt = now;
    }

    public static void Return(Coding coding, string editorId, string editorName, ObservatoryRole? role, string? comment, DateTimeOffset now)
    {
        DemandReview(coding, editorId, role, ObservatoryAction.Review);
        if (coding.State != ReviewState.Submitted) throw new WorkflowException($"Only a submitted coding can be returned; this one is {Name(coding.State)}.");
        if (string.IsNullOrWhiteSpace(comment)) throw new WorkflowException("Say what to change: returning a coding needs a comment.");
        coding.State = ReviewState.Returned;
        coding.ReviewComment = comment.Trim();
        Reviewed(coding, editorName, now);
    }

    public static void Approve(Coding coding, string editorId, string editorName, ObservatoryRole? role, DateTimeOffset now)
    {
        DemandReview(coding, editorId, role, ObservatoryAction.Review);
        if (coding.State != ReviewState.Submitted) throw new WorkflowException($"Only a submitted coding can be approved; this one is {Name(coding.State)}.");
        coding.State = ReviewState.Approved;
        Reviewed(coding, editorName, now);
    }

    public static void Publish(Coding coding, string editorId, string editorName, ObservatoryRole? role, DateTimeOffset now)
    {
        DemandReview(coding, editorId, role, ObservatoryAction.Publish);
        if (coding.State != ReviewState.Approved) throw new WorkflowException($"Only an approved coding can be published; this one is {Name(coding.State)}.");
        coding.State = ReviewState.Published;
        Reviewed(coding, editorName, now);
    }

    public static string Name(ReviewState state) => state.ToString().ToLowerInvariant();

    private static void DemandReview(Coding coding, string editorId, ObservatoryRole? role, ObservatoryAction action)
    {
        RolePolicy.Demand(role, action);
        if (coding.CoderId == editorId) throw new WorkflowException("An editor does not review their own coding; another editor does.", forbidden: true);
    }

    private static void Reviewed(Coding coding, string editorName, DateTimeOffset now)
    {
        coding.ReviewedBy = editorName;
        coding.ReviewedAt = now;
        coding.UpdatedAt = now;
    }
}
