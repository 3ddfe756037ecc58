using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Swarmscope.Core.Codebooks;
using Swarmscope.Observatory.Model;
using Swarmscope.Observatory.Workflow;
using Swarmscope.Web.Services;

namespace Swarmscope.Web.Pages.O;

public sealed class ItemModel(Workspace workspace) : ObservatoryPageModel(workspace)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public MediaItem Item { get; private set; } = new();
    public Codebook Codebook { get; private set; } = new();
    public Coding? Mine { get; private set; }
    public Codebook MyCodebook { get; private set; } = new();
    public int MyCodebookNumber { get; private set; }
    public List<Coding> Others { get; private set; } = [];
    public bool Blinded { get; private set; }
    public List<Incident> Incidents { get; private set; } = [];
    public List<ChangeRecord> History { get; private set; } = [];
    public SaveConflict? Conflict { get; private set; }
    public SaveConflict? ItemConflict { get; private set; }
    private readonly Dictionary<int, Codebook> _codebooks = [];

    public Codebook MyCodebookFor(Coding c) => _codebooks.TryGetValue(c.CodebookVersionId, out var b) ? b : Codebook;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        return Page();
    }

    protected override async Task<IActionResult> ReloadAfterErrorAsync()
    {
        await LoadAsync();
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var item = await Workspace.Db.MediaItems.FirstOrDefaultAsync(m => m.Id == Id && m.ObservatoryId == Oid);
        if (item is null) return false;
        Item = item;
        Codebook = (await Workspace.CodebookAsync(Oid)).Codebook;
        Incidents = await Workspace.Db.Incidents.Where(i => i.ObservatoryId == Oid && !i.IsDeleted).ToListAsync();
        var codings = await Workspace.Db.Codings.Where(c => c.MediaItemId == Id).ToListAsync();
        var assignments = await Workspace.Db.Assignments.Where(a => a.MediaItemId == Id).ToListAsync();
        foreach (var versionId in codings.Select(c => c.CodebookVersionId).Distinct())
            _codebooks[versionId] = await Workspace.CodebookOfVersionAsync(versionId);
        Mine = codings.FirstOrDefault(c => c.CoderId == UserId);
        if (Mine is not null)
        {
            MyCodebook = MyCodebookFor(Mine);
            MyCodebookNumber = await Workspace.Db.CodebookVersions.Where(v => v.Id == Mine.CodebookVersionId).Select(v => v.Number).FirstAsync();
        }
        var visible = BlindCodingPolicy.Visible(UserId, Role, codings, assignments);
        Others = visible.Where(c => c.CoderId != UserId).ToList();
        Blinded = Role < ObservatoryRole.Editor && assignments.Any(a => a.Blind) && !BlindCodingPolicy.AllAssignedSubmitted(codings, assignments);
        var codingIds = codings.Select(c => c.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        var visibleIds = visible.Select(c => c.Id.ToString(CultureInfo.InvariantCulture)).ToHashSet();
        var itemId = Id.ToString(CultureInfo.InvariantCulture);
        var changes = await Workspace.Db.Changes
            .Where(c => (c.EntityType == nameof(MediaItem) && c.EntityId == itemId) || (c.EntityType == nameof(Coding) && codingIds.Contains(c.EntityId)))
            .OrderByDescending(c => c.Id).Take(200).ToListAsync();
        // The history of a blind coding is as secret as the coding itself.
        History = changes.Where(c => c.EntityType != nameof(Coding) || visibleIds.Contains(c.EntityId)).ToList();
        return true;
    }

    public async Task<IActionResult> OnPostStartAsync()
    {
        await Workspace.CodingForAsync(Oid, Id, UserId, UserName, Role);
        return Redirect($"/o/{Oid}/items/{Id}");
    }

    public async Task<IActionResult> OnPostCodeAsync(int version, bool submit)
    {
        var coding = await Workspace.CodingForAsync(Oid, Id, UserId, UserName, Role);
        ReviewWorkflow.DemandEdit(coding, UserId, Role);
        var codebook = await Workspace.CodebookOfVersionAsync(coding.CodebookVersionId);
        var values = new Dictionary<string, List<string>>();
        foreach (var field in codebook.Fields)
        {
            var posted = Request.Form["f_" + field.Key].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
            Validate(codebook, field, posted);
            if (posted.Count > 0 || field.Type is CodebookFieldType.Frames or CodebookFieldType.Choices) values[field.Key] = posted;
        }
        Conflict = await Workspace.SaveVersionedAsync(coding, version, c =>
        {
            c.Values = values;
            c.UpdatedAt = DateTimeOffset.UtcNow;
            if (submit) ReviewWorkflow.Submit(c, UserId, Role, DateTimeOffset.UtcNow);
        }, Describe.Coding);
        if (Conflict is null) return Done(submit ? "Coding submitted for review." : "Draft saved.");
        Response.StatusCode = 409;
        await LoadAsync();
        return Page();
    }

    private static void Validate(Codebook codebook, CodebookField field, List<string> values)
    {
        if (field.Type is not (CodebookFieldType.Choices or CodebookFieldType.Frames) && values.Count > 1)
            throw new WorkflowException($"{field.Label} takes one value.");
        foreach (var v in values)
        {
            var ok = field.Type switch
            {
                CodebookFieldType.Choice or CodebookFieldType.Choices => codebook.List(field.List!).Any(e => e.Id == v),
                CodebookFieldType.Frames => codebook.FindFrame(v) is not null,
                CodebookFieldType.Scale => int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) && codebook.Scale.Any(l => l.Value == s),
                CodebookFieldType.Number => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
                CodebookFieldType.Count => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out _),
                CodebookFieldType.Date => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                _ => true,
            };
            if (!ok) throw new WorkflowException($"{field.Label}: '{v}' is not a value of this codebook's {field.Type.ToString().ToLowerInvariant()} field.");
        }
    }

    public async Task<IActionResult> OnPostItemAsync(int version, string title, string? url, string? author, string? location, string? text, List<int> incidentIds)
    {
        RolePolicy.Demand(Role, ObservatoryAction.EditItems);
        if (string.IsNullOrWhiteSpace(title)) throw new WorkflowException("A media item needs a title.");
        var item = await Workspace.Db.MediaItems.FirstOrDefaultAsync(m => m.Id == Id && m.ObservatoryId == Oid) ?? throw new WorkflowException("No such item.");
        ItemConflict = await Workspace.SaveVersionedAsync(item, version, m =>
        {
            m.Title = title.Trim(); m.Url = url; m.Author = author; m.Location = location; m.Text = text; m.IncidentIds = incidentIds;
        }, Describe.Item);
        if (ItemConflict is null) return Done("Item saved.");
        Response.StatusCode = 409;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        RolePolicy.Demand(Role, ObservatoryAction.EditItems);
        var item = await Workspace.Db.MediaItems.FirstOrDefaultAsync(m => m.Id == Id && m.ObservatoryId == Oid) ?? throw new WorkflowException("No such item.");
        item.IsDeleted = true;
        await Workspace.Db.SaveChangesAsync();
        return Done($"Item {Id} deleted; an editor can restore it from the History page.", $"/o/{Oid}/items");
    }
}
