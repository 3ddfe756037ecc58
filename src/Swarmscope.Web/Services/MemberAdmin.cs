using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Swarmscope.Observatory.Model;
using Swarmscope.Observatory.Workflow;
using Swarmscope.Web.Data;

namespace Swarmscope.Web.Services;

/// <summary>Adds users and sets their role in an observatory (admins only).</summary>
public static class MemberAdmin
{
    public static async Task<IdentityUser> SetMemberAsync(WorkspaceDbContext db, UserManager<IdentityUser> users, int observatoryId,
        ObservatoryRole? actingRole, string userName, string? password, ObservatoryRole role)
    {
        RolePolicy.Demand(actingRole, ObservatoryAction.ManageMembers);
        if (string.IsNullOrWhiteSpace(userName)) throw new WorkflowException("A member needs a user name.");
        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null)
        {
            if (string.IsNullOrEmpty(password)) throw new WorkflowException("A new user needs a password.");
            user = new IdentityUser(userName.Trim());
            Check(await users.CreateAsync(user, password));
        }
        else if (!string.IsNullOrEmpty(password))
        {
            Check(await users.RemovePasswordAsync(user));
            Check(await users.AddPasswordAsync(user, password));
        }
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.ObservatoryId == observatoryId && m.UserId == user.Id);
        if (membership is null) db.Memberships.Add(new Membership { ObservatoryId = observatoryId, UserId = user.Id, UserName = user.UserName!, Role = role });
        else membership.Role = role;
        await db.SaveChangesAsync();
        return user;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new WorkflowException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
