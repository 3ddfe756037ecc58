using Microsoft.AspNetCore.Mvc;
using Swarmscope.Observatory.Model;
using Swarmscope.Workspace;

namespace Swarmscope.Web.Pages.O;

public sealed class MembersModel(ObservatoryWorkspace workspace) : ObservatoryPageModel(workspace)
{
    public IReadOnlyList<Membership> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    protected override async Task<IActionResult> ReloadAfterErrorAsync()
    {
        if (Can(Observatory.Workflow.ObservatoryAction.ManageMembers)) await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() => Members = await Workspace.MembersAsync(Member);

    public async Task<IActionResult> OnPostAsync(string userName, string? password, ObservatoryRole role)
    {
        var user = await Workspace.SetMemberAsync(Member, userName, password, role);
        return Done($"{user.UserName} is now {role.ToString().ToLowerInvariant()} here.");
    }
}
