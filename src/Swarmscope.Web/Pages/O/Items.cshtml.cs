using Microsoft.AspNetCore.Mvc;
using Swarmscope.Core.Codebooks;
using Swarmscope.Observatory.Model;
using Swarmscope.Workspace;

namespace Swarmscope.Web.Pages.O;

public sealed class ItemsModel(ObservatoryWorkspace workspace) : ObservatoryPageModel(workspace)
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? Incident { get; set; }
    [BindProperty(SupportsGet = true)] public string? Platform { get; set; }
    [BindProperty(SupportsGet = true)] public ReviewState? State { get; set; }

    public IReadOnlyList<MediaItem> Items { get; private set; } = [];
    public IReadOnlyList<Incident> Incidents { get; private set; } = [];
    public IReadOnlyDictionary<int, List<ReviewState>> States { get; private set; } = new Dictionary<int, List<ReviewState>>();
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
        Incidents = await Workspace.LiveIncidentsAsync(Oid);
        var list = await Workspace.ItemsAsync(Member, new ItemFilter(Q, Incident, Platform, State));
        (Items, States) = (list.Items, list.States);
    }

    public async Task<IActionResult> OnPostRowAsync(int id, int version, string title, string? author, DateOnly? publishedOn, string? platform, string? mediaType)
    {
        Conflict = await Workspace.SaveItemRowAsync(Member, id, version, new ItemRowEdit(title, author, publishedOn, platform, mediaType));
        if (Conflict is null) return Done($"Item {id} saved.");
        Response.StatusCode = 409;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostNewAsync(string title, string? url, string? author, DateOnly? publishedOn, string? platform,
        string? mediaType, string? language, string? text, int? incidentId)
    {
        var id = await Workspace.AddItemAsync(Member, new ItemFields
        {
            Title = title, Url = url, Author = author, PublishedOn = publishedOn, Platform = platform, MediaType = mediaType,
            Language = language, Text = text, IncidentIds = incidentId is { } i ? [i] : [],
        });
        return Done($"Item {id} added.", $"/o/{Oid}/items/{id}");
    }
}
