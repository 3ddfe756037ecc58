using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Swarmscope.Observatory.Model;
using Swarmscope.Web.Services;

namespace Swarmscope.Web.Pages.O;

public sealed class HistoryModel(Workspace workspace) : ObservatoryPageModel(workspace)
{
    public List<ChangeRecord> Changes { get; private set; } = [];

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
        // Codings are left out for coders and viewers: their history would reveal blind codings.
        var query = Workspace.Db.Changes.Where(c => c.ObservatoryId == Oid);
        if (Role < ObservatoryRole.Editor) query = query.Where(c => c.EntityType != nameof(Coding));
        Changes = await query.OrderByDescending(c => c.Id).Take(500).ToListAsync();
    }

    public async Task<IActionResult> OnPostRestoreAsync(long changeId)
    {
        await Workspace.RestoreAsync(Oid, changeId, Role);
        return Done("Old value restored.", $"/o/{Oid}/history");
    }
}
