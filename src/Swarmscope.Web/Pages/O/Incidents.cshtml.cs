using Microsoft.AspNetCore.Mvc;
using Swarmscope.Core.Codebooks;
using Swarmscope.Observatory.Model;
using Swarmscope.Workspace;

namespace Swarmscope.Web.Pages.O;

public sealed class IncidentsModel(ObservatoryWorkspace workspace) : ObservatoryPageModel(workspace)
{
    public IReadOnlyList<Incident> Incidents { get; private set; } = [];
    public IReadOnlyDictionary<int, int> ItemCounts { get; private set; } = new Dictionary<int, int>();
    public Codebook Codebook { get; private set; } = new();
    public Incident? Editing { get; private set; }
    public SaveConflict? Conflict { get; private set; }

    [BindProperty(SupportsGet = true)] public int? Edit { get; set; }

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
        ItemCounts = await Workspace.ItemCountsAsync(Oid);
        Editing ??= Edit is { } id ? Incidents.FirstOrDefault(i => i.Id == id) : null;
    }

    public async Task<IActionResult> OnPostAsync(int id, int version, string title, DateOnly? startDate, DateOnly? endDate, string? country,
        string? description, string? dimension, List<string> motives, List<string> methods, List<string> responses)
    {
        var saved = await Workspace.SaveIncidentAsync(Member, id, version, new IncidentFields(title, startDate, endDate, country, description, dimension, motives, methods, responses));
        if (id == 0) return Done($"Incident \"{saved.Incident.Title}\" added.", $"/o/{Oid}");
        Conflict = saved.Conflict;
        if (Conflict is null) return Done("Incident saved.", $"/o/{Oid}");
        Response.StatusCode = 409;
        Editing = saved.Incident;
        await LoadAsync();
        return Page();
    }
}
