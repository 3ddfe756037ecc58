using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Swarmscope.Core.Codebooks;
using Swarmscope.Observatory.Model;
using Swarmscope.Web.Services;

namespace Swarmscope.Web.Pages.O;

public sealed class CodebookModel(Workspace workspace) : ObservatoryPageModel(workspace)
{
    public CodebookVersion Current { get; private set; } = new();
    public Codebook Parsed { get; private set; } = new();
    public List<CodebookVersion> Versions { get; private set; } = [];
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
        Versions = await Workspace.Db.CodebookVersions.Where(v => v.ObservatoryId == Oid).OrderByDescending(v => v.Number).ToListAsync();
    }

    public async Task<IActionResult> OnPostAsync(string text, string? note)
    {
        var saved = await Workspace.SaveCodebookAsync(Oid, Role, UserName, text ?? "", note);
        return Done($"Codebook version {saved.Number} saved.");
    }
}
