using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Swarmscope.Core.Codebooks;
using Swarmscope.Observatory.Model;
using Swarmscope.Observatory.Workflow;
using Swarmscope.Web.Services;

namespace Swarmscope.Web.Pages.O;

public sealed class ItemsModel(Workspace workspace) : ObservatoryPageModel(workspace)
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? Incident { get; set; }
    [BindProperty(SupportsGet = true)] public string? Platform { get; set; }
    [BindProperty(SupportsGet = true)] public ReviewState? State { get; set; }

    public List<MediaItem> Items { get; private set; } = [];
    public List<Incident> Incidents { get; private set; } = [];
    public Dictionary<int, List<ReviewState>> States { get; private set; } = [];
    public Codebook Codebook { get; private set; } = new();
    public SaveConflict? Conflict { get; private set; }

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
        Codebook = (await Workspace.CodebookAsync(Oid)).Codebook;
        Incidents = await Workspace.Db.Incidents.Where(i => i.ObservatoryId == Oid && !i.IsDeleted).ToListAsync();
        var query = Workspace.Db.MediaItems.Where(m => m.ObservatoryId == Oid && !m.IsDeleted);
        if (!string.IsNullOrEmpty(Platform)) query = query.Where(m => m.Platform == Platform);
        var items = await query.OrderBy(m => m.Id).ToListAsync();
        if (Incident is { } incident) items = items.Where(m => m.IncidentIds.Contains(incident)).ToList();
        if (!string.IsNullOrWhiteSpace(Q))
            items = items.Where(m => Contains(m.Title, Q) || Contains(m.Author, Q) || Contains(m.Text, Q)).ToList();
        var ids = items.Select(m => m.Id).ToList();
        var codings = await Workspace.Db.Codings.Where(c => ids.Contains(c.MediaItemId)).Select(c => new { c.MediaItemId, c.State, c.CoderId }).ToListAsync();
        // Coders see only their own coding's state: the others' states would tell them about a blind coding.
        var visible = Role >= ObservatoryRole.Editor ? codings : codings.Where(c => c.CoderId == UserId || c.State >= ReviewState.Approved).ToList();
        States = visible.GroupBy(c => c.MediaItemId).ToDictionary(g => g.Key, g => g.Select(c => c.State).Order().ToList());
        if (State is { } state) items = items.Where(m => States.GetValueOrDefault(m.Id)?.Contains(state) == true).ToList();
        Items = items;
    }

    private static bool Contains(string? text, string q) => text?.Contains(q, StringComparison.OrdinalIgnoreCase) == true;

    public async Task<IActionResult> OnPostRowAsync(int id, int version, string title, string? author, DateOnly? publishedOn, string? platform, string? mediaType)
    {
        RolePolicy.Demand(Role, ObservatoryAction.EditItems);
        if (string.IsNullOrWhiteSpace(title)) throw new WorkflowException("A media item needs a title.");
        var item = await Workspace.Db.MediaItems.FirstOrDefaultAsync(m => m.Id == id && m.ObservatoryId == Oid) ?? throw new WorkflowException("No such item.");
        Conflict = await Workspace.SaveVersionedAsync(item, version, m =>
        {
            m.Title = title.Trim(); m.Author = author; m.PublishedOn = publishedOn;
            m.Platform = string.IsNullOrEmpty(platform) ? null : platform; m.MediaType = string.IsNullOrEmpty(mediaType) ? null : mediaType;
        }, Describe.Item);
        if (Conflict is null) return Done($"Item {id} saved.");
        Response.StatusCode = 409;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostNewAsync(string title, string? url, string? author, DateOnly? publishedOn, string? platform,
        string? mediaType, string? language, string? text, int? incidentId)
    {
        RolePolicy.Demand(Role, ObservatoryAction.EditItems);
        if (string.IsNullOrWhiteSpace(title)) throw new WorkflowException("A media item needs a title.");
        var item = new MediaItem
        {
            ObservatoryId = Oid, Title = title.Trim(), Url = url, Author = author, PublishedOn = publishedOn,
            Platform = string.IsNullOrEmpty(platform) ? null : platform, MediaType = string.IsNullOrEmpty(mediaType) ? null : mediaType,
            Language = language, Text = text, IncidentIds = incidentId is { } i ? [i] : [], Origin = "entered by " + UserName,
        };
        Workspace.Db.MediaItems.Add(item);
        await Workspace.Db.SaveChangesAsync();
        return Done($"Item {item.Id} added.", $"/o/{Oid}/items/{item.Id}");
    }
}
