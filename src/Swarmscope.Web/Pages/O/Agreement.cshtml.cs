using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Swarmscope.Observatory.Agreement;
using Swarmscope.Observatory.Model;
using Swarmscope.Observatory.Workflow;
using Swarmscope.Web.Services;

namespace Swarmscope.Web.Pages.O;

public sealed class AgreementModel(Workspace workspace) : ObservatoryPageModel(workspace)
{
    public IReadOnlyList<FieldAgreement> Fields { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    protected override async Task<IActionResult> ReloadAfterErrorAsync()
    {
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var (_, codebook) = await Workspace.CodebookAsync(Oid);
        var codings = await Workspace.Db.Codings.Where(c => c.ObservatoryId == Oid).ToListAsync();
        Fields = AgreementReport.Compute(codebook, codings);
    }

    public async Task<IActionResult> OnPostAssignAsync(double share)
    {
        RolePolicy.Demand(Role, ObservatoryAction.Review);
        var assigned = await Workspace.Db.Assignments.Where(a => a.ObservatoryId == Oid).Select(a => a.MediaItemId).Distinct().ToListAsync();
        var items = await Workspace.Db.MediaItems.Where(m => m.ObservatoryId == Oid && !m.IsDeleted && !assigned.Contains(m.Id)).Select(m => m.Id).ToListAsync();
        var coders = await Workspace.Db.Memberships.Where(m => m.ObservatoryId == Oid && m.Role == ObservatoryRole.Coder).OrderBy(m => m.UserName).Select(m => m.UserId).ToListAsync();
        var assignments = DoubleCodingSampler.Assign(Oid, items, coders, share, seed: Environment.TickCount);
        Workspace.Db.Assignments.AddRange(assignments);
        Space!.DoubleCodingShare = share;
        await Workspace.Db.SaveChangesAsync();
        return Done($"{items.Count} items assigned, {assignments.Count(a => a.Blind) / 2} of them blind double-coded.");
    }
}
