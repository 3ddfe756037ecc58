using Microsoft.AspNetCore.Mvc;
using Swarmscope.Web.Services;

namespace Swarmscope.Web.Pages.O;

public sealed class FindingsModel(Workspace workspace) : ObservatoryPageModel(workspace)
{
    public IActionResult OnGet() => Page();

    protected override Task<IActionResult> ReloadAfterErrorAsync() => Task.FromResult<IActionResult>(Page());
}
