using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Swarmscope.Observatory.Model;
using Swarmscope.Observatory.Workflow;

namespace Swarmscope.Workspace;

/// <summary>Codebook versions, the history of changes, and members.</summary>
public sealed partial class ObservatoryWorkspace
{
    /// <summary>Every saved codebook version, newest first.</summary>
    public async Task<IReadOnlyList<CodebookVersion>> CodebookVersionsAsync(int observatoryId) =>
        await db.CodebookVersions.Where(v => v.ObservatoryId == observatoryId).OrderByDescending(v => v.Number).ToListAsync();

    /// <summary>The latest changes, newest first; codings' changes only for editors (they would reveal blind codings).</summary>
    public async Task<IReadOnlyList<ChangeRecord>> HistoryAsync(ActingMember member, int limit = 500)
    {
        var query = db.Changes.Where(c => c.ObservatoryId == member.ObservatoryId);
        if (member.Role < ObservatoryRole.Editor) query = query.Where(c => c.EntityType != nameof(Coding));
        return await query.OrderByDescending(c => c.Id).Take(limit).ToListAsync();
    }

    /// <summary>The observatory's members (admins only).</summary>
    public async Task<IReadOnlyList<Membership>> MembersAsync(ActingMember member)
    {
        RolePolicy.Demand(member.Role, ObservatoryAction.ManageMembers);
        return await db.Memberships.Where(m => m.ObservatoryId == member.ObservatoryId).OrderBy(m => m.UserName).ToListAsync();
    }

    /// <summary>Adds a user (a new one needs a password) or sets an existing user's password, and gives them a role here (admins only).</summary>
    public async Task<IdentityUser> SetMemberAsync(ActingMember member, string userName, string? password, ObservatoryRole role)
    {
        RolePolicy.Demand(member.Role, ObservatoryAction.ManageMembers);
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
            if (await users.HasPasswordAsync(user)) Check(await users.RemovePasswordAsync(user));
            Check(await users.AddPasswordAsync(user, password));
            // A new password lifts a lockout: the admin has just vouched for the account.
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.ObservatoryId == member.ObservatoryId && m.UserId == user.Id);
        if (membership is null) db.Memberships.Add(new Membership { ObservatoryId = member.ObservatoryId, UserId = user.Id, UserName = user.UserName!, Role = role });
        else membership.Role = role;
        await db.SaveChangesAsync();
        return user;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new WorkflowException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
