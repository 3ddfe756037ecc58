using Microsoft.AspNetCore.Mvc;
using Swarmscope.Core.Codebooks;
using Swarmscope.Observatory.Model;
using Swarmscope.Workspace;

namespace Swarmscope.Web.Pages.O;

public sealed class CodebookModel(ObservatoryWorkspace workspace) : ObservatoryPageModel(workspace)
{
    public CodebookVersion Current { get; private set; } = new();
    public Codebook Parsed { get; private set; } = new();
    public IReadOnlyList<CodebookVersion> Versions { get; private set; } = [];
    public string? Draft { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    protected override async Task<IActionResult> ReloadAfterErrorAsync()
    {
        await LoadAsync();
        Draft = Request.HasFormContentType ? Request.Form["Text"].ToString() : null;
        return Page();
    }

    private async Task LoadAsync()
    {
        (Current, Parsed) = await Workspace.CodebookAsync(Oid);
        Versions = await Workspace.CodebookVersionsAsync(Oid);
    }

    public async Task<IActionResult> OnPostAsync(string text, string? note)
    {
        var saved = await Workspace.SaveCodebookAsync(Oid, Role, UserName, text ?? "", note);
        return Done($"Codebook version {saved.Number} saved.");
    }
}
