using Microsoft.AspNetCore.Mvc;
using Swarmscope.Workspace;

namespace Swarmscope.Web.Pages.O;

public sealed class ChartsModel(ObservatoryWorkspace workspace) : ObservatoryPageModel(workspace)
{
    public ObservatoryCharts? Charts { get; private set; }

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

    private async Task LoadAsync() => Charts = await Workspace.ChartsAsync(Oid);
}
