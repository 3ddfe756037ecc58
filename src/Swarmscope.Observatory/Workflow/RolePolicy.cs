using Swarmscope.Observatory.Model;

namespace Swarmscope.Observatory.Workflow;

/// <summary>Which role may do what: viewers read; coders add and edit items and code; editors also review, approve,
/// publish, edit the codebook and restore history; admins also manage members.</summary>
public static class RolePolicy
{
    public static ObservatoryRole MinimumRole(ObservatoryAction action) => action switch
    {
        ObservatoryAction.View => ObservatoryRole.Viewer,
        ObservatoryAction.EditItems or ObservatoryAction.Code => ObservatoryRole.Coder,
        ObservatoryAction.Review or ObservatoryAction.Publish or ObservatoryAction.EditCodebook or ObservatoryAction.Restore => ObservatoryRole.Editor,
        ObservatoryAction.ManageMembers => ObservatoryRole.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    public static bool Can(ObservatoryRole? role, ObservatoryAction action) => role is { } r && r >= MinimumRole(action);

    /// <summary>Throws a <see cref="WorkflowException"/> naming the role needed when <paramref name="role"/> falls short.</summary>
    public static void Demand(ObservatoryRole? role, ObservatoryAction action)
    {
        if (!Can(role, action))
            throw new WorkflowException($"{Describe(action)} needs the {MinimumRole(action).ToString().ToLowerInvariant()} role; you are {(role is { } r ? "a " + r.ToString().ToLowerInvariant() : "not a member")} here.", forbidden: true);
    }

    private static string Describe(ObservatoryAction action) => action switch
    {
        ObservatoryAction.View => "Viewing this observatory",
        ObservatoryAction.EditItems => "Editing incidents and media items",
        ObservatoryAction.Code => "Coding",
        ObservatoryAction.Review => "Returning or approving a coding",
        ObservatoryAction.Publish => "Publishing",
        ObservatoryAction.EditCodebook => "Editing the codebook",
        ObservatoryAction.ManageMembers => "Managing members",
        ObservatoryAction.Restore => "Restoring an old value",
        _ => action.ToString(),
    };
}
