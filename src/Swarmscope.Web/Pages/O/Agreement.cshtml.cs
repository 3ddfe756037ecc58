using Microsoft.AspNetCore.Mvc;
using Swarmscope.Observatory.Agreement;
using Swarmscope.Workspace;

namespace Swarmscope.Web.Pages.O;

public sealed class AgreementModel(ObservatoryWorkspace workspace) : ObservatoryPageModel(workspace)
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

    private async Task LoadAsync() => Fields = await Workspace.AgreementAsync(Oid);

    public async Task<IActionResult> OnPostAssignAsync(double share)
    {
        var (items, doubled) = await Workspace.AssignDoubleCodingAsync(Member, share);
        return Done($"{items} items assigned, {doubled} of them blind double-coded.");
    }
}
