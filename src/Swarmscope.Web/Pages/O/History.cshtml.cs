using Microsoft.AspNetCore.Mvc;
using Swarmscope.Observatory.Model;
using Swarmscope.Workspace;

namespace Swarmscope.Web.Pages.O;

public sealed class HistoryModel(ObservatoryWorkspace workspace) : ObservatoryPageModel(workspace)
{
    public IReadOnlyList<ChangeRecord> Changes { get; private set; } = [];

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
        Changes = await Workspace.HistoryAsync(Member);
    }

    public async Task<IActionResult> OnPostRestoreAsync(long changeId)
    {
        await Workspace.RestoreAsync(Oid, changeId, Role);
        return Done("Old value restored.", $"/o/{Oid}/history");
    }
}
