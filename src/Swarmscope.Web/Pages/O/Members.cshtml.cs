using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Swarmscope.Observatory.Model;
using Swarmscope.Observatory.Workflow;
using Swarmscope.Web.Services;

namespace Swarmscope.Web.Pages.O;

public sealed class MembersModel(Workspace workspace, UserManager<IdentityUser> users) : ObservatoryPageModel(workspace)
{
    public List<Membership> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        RolePolicy.Demand(Role, ObservatoryAction.ManageMembers);
        await LoadAsync();
        return Page();
    }

    protected override async Task<IActionResult> ReloadAfterErrorAsync()
    {
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() =>
        Members = await Workspace.Db.Memberships.Where(m => m.ObservatoryId == Oid).OrderBy(m => m.UserName).ToListAsync();

    public async Task<IActionResult> OnPostAsync(string userName, string? password, ObservatoryRole role)
    {
        var user = await MemberAdmin.SetMemberAsync(Workspace.Db, users, Oid, Role, userName, password, role);
        return Done($"{user.UserName} is now {role.ToString().ToLowerInvariant()} here.");
    }
}
