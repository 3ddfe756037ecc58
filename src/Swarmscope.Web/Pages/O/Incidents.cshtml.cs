using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Swarmscope.Core.Codebooks;
using Swarmscope.Observatory.Model;
using Swarmscope.Observatory.Workflow;
using Swarmscope.Web.Services;

namespace Swarmscope.Web.Pages.O;

public sealed class IncidentsModel(Workspace workspace) : ObservatoryPageModel(workspace)
{
    public List<Incident> Incidents { get; private set; } = [];
    public Dictionary<int, int> ItemCounts { get; private set; } = [];
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
        Incidents = await Workspace.Db.Incidents.Where(i => i.ObservatoryId == Oid && !i.IsDeleted).OrderBy(i => i.StartDate).ToListAsync();
        var items = await Workspace.Db.MediaItems.Where(m => m.ObservatoryId == Oid && !m.IsDeleted).Select(m => m.IncidentIds).ToListAsync();
        ItemCounts = items.SelectMany(x => x).GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        Editing ??= Edit is { } id ? Incidents.FirstOrDefault(i => i.Id == id) : null;
    }

    public async Task<IActionResult> OnPostAsync(int id, int version, string title, DateOnly? startDate, DateOnly? endDate, string? country,
        string? description, string? dimension, List<string> motives, List<string> methods, List<string> responses)
    {
        RolePolicy.Demand(Role, ObservatoryAction.EditItems);
        if (string.IsNullOrWhiteSpace(title)) throw new WorkflowException("An incident needs a title.");
        void Apply(Incident i)
        {
            i.Title = title.Trim(); i.StartDate = startDate; i.EndDate = endDate; i.Country = country; i.Description = description;
            i.Dimension = string.IsNullOrEmpty(dimension) ? null : dimension; i.Motives = motives; i.Methods = methods; i.Responses = responses;
        }
        if (id == 0)
        {
            var incident = new Incident { ObservatoryId = Oid };
            Apply(incident);
            Workspace.Db.Incidents.Add(incident);
            await Workspace.Db.SaveChangesAsync();
            return Done($"Incident \"{incident.Title}\" added.", $"/o/{Oid}");
        }
        var existing = await Workspace.Db.Incidents.FirstOrDefaultAsync(i => i.Id == id && i.ObservatoryId == Oid) ?? throw new WorkflowException("No such incident.");
        Conflict = await Workspace.SaveVersionedAsync(existing, version, Apply, Describe.Incident);
        if (Conflict is null) return Done("Incident saved.", $"/o/{Oid}");
        Response.StatusCode = 409;
        Editing = existing;
        await LoadAsync();
        return Page();
    }
}
