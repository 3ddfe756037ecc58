using Microsoft.AspNetCore.Mvc;
using Swarmscope.Workspace;

namespace Swarmscope.Web.Pages.O;

public sealed class FindingsModel(ObservatoryWorkspace workspace) : ObservatoryPageModel(workspace)
{
    public IActionResult OnGet() => Page();

    protected override Task<IActionResult> ReloadAfterErrorAsync() => Task.FromResult<IActionResult>(Page());
}
