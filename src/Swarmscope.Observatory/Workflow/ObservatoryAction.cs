namespace Swarmscope.Observatory.Workflow;

/// <summary>What a member may try to do in an observatory.</summary>
public enum ObservatoryAction
{
    View,
    EditItems,
    Code,
    Review,
    Publish,
    EditCodebook,
    ManageMembers,
    Restore,
}
