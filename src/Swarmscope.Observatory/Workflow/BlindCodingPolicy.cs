using Swarmscope.Observatory.Model;

namespace Swarmscope.Observatory.Workflow;

/// <summary>
/// Who sees which coding of an item. Editors and admins see all. A coder sees their own; on a blind (double-coded)
/// item they see the other coder's only once every assigned coder has submitted; on other items they see others'
/// submitted codings. Viewers see approved and published codings only.
/// </summary>
public static class BlindCodingPolicy
{
    public static IReadOnlyList<Coding> Visible(string userId, ObservatoryRole? role, IReadOnlyList<Coding> codingsOfItem,
        IReadOnlyList<Assignment> assignmentsOfItem)
    {
        if (role is null) return [];
        if (role >= ObservatoryRole.Editor) return codingsOfItem;
        if (role == ObservatoryRole.Viewer)
            return codingsOfItem.Where(c => c.State is ReviewState.Approved or ReviewState.Published).ToList();
        var blind = assignmentsOfItem.Any(a => a.Blind);
        if (blind && !AllAssignedSubmitted(codingsOfItem, assignmentsOfItem))
            return codingsOfItem.Where(c => c.CoderId == userId).ToList();
        return codingsOfItem.Where(c => c.CoderId == userId || c.SubmittedAt is not null).ToList();
    }

    /// <summary>Whether every coder assigned to the item has submitted a coding at least once.</summary>
    public static bool AllAssignedSubmitted(IReadOnlyList<Coding> codingsOfItem, IReadOnlyList<Assignment> assignmentsOfItem) =>
        assignmentsOfItem.All(a => codingsOfItem.Any(c => c.CoderId == a.CoderId && c.SubmittedAt is not null));
}
