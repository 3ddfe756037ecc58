using Microsoft.AspNetCore.Mvc;
using Swarmscope.Core.Codebooks;
using Swarmscope.Observatory.Model;
using Swarmscope.Workspace;

namespace Swarmscope.Web.Pages.O;

public sealed class ItemModel(ObservatoryWorkspace workspace) : ObservatoryPageModel(workspace)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    private ItemView? _view;
    private ItemView View => _view ?? throw new InvalidOperationException("the item is not loaded");
    public MediaItem Item => View.Item;
    public Codebook Codebook => View.Codebook;
    public Coding? Mine => View.Mine;
    public Codebook MyCodebook => View.MyCodebook;
    public int MyCodebookNumber => View.MyCodebookNumber;
    public IReadOnlyList<Coding> Others => View.Others;
    public bool Blinded => View.Blinded;
    public IReadOnlyList<Incident> Incidents => View.Incidents;
    public IReadOnlyList<ChangeRecord> History => View.History;
    public SaveConflict? Conflict { get; private set; }
    public SaveConflict? ItemConflict { get; private set; }

    public Codebook MyCodebookFor(Coding c) => View.CodebookOf(c);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        return Page();
    }

    protected override async Task<IActionResult> ReloadAfterErrorAsync()
    {
        if (!await LoadAsync()) return NotFound();
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        _view = await Workspace.ItemAsync(Member, Id);
        return _view is not null;
    }

    public async Task<IActionResult> OnPostStartAsync()
    {
        await Workspace.StartCodingAsync(Member, Id);
        return Redirect($"/o/{Oid}/items/{Id}");
    }

    public async Task<IActionResult> OnPostCodeAsync(int version, bool submit)
    {
        // The form posts each codebook field as f_KEY (several values for sets such as frames).
        var posted = Request.Form.Keys.Where(k => k.StartsWith("f_", StringComparison.Ordinal))
            .ToDictionary(k => k[2..], k => (IReadOnlyList<string>)Request.Form[k].Select(v => v ?? "").ToList());
        Conflict = await Workspace.SaveCodingAsync(Member, Id, version, posted, submit);
        if (Conflict is null) return Done(submit ? "Coding submitted for review." : "Draft saved.");
        Response.StatusCode = 409;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostItemAsync(int version, string title, string? url, string? author, string? location, string? text, List<int> incidentIds)
    {
        ItemConflict = await Workspace.SaveItemDetailsAsync(Member, Id, version, new ItemDetailsEdit(title, url, author, location, text, incidentIds));
        if (ItemConflict is null) return Done("Item saved.");
        Response.StatusCode = 409;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        await Workspace.DeleteItemAsync(Member, Id);
        return Done($"Item {Id} deleted; an editor can restore it from the History page.", $"/o/{Oid}/items");
    }
}
