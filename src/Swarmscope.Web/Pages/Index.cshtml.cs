using Microsoft.AspNetCore.Mvc.RazorPages;
using Swarmscope.Observatory.Model;
using Swarmscope.Web.Services;
using Swarmscope.Workspace;

namespace Swarmscope.Web.Pages;

public sealed class IndexModel(ObservatoryWorkspace workspace) : PageModel
{
    public IReadOnlyList<(ObservatorySpace Space, ObservatoryRole Role)> Spaces { get; private set; } = [];

    public async Task OnGetAsync() => Spaces = await workspace.ObservatoriesOfAsync(CurrentUserName.Id(User)!);
}
