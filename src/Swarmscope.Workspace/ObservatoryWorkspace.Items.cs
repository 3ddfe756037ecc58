using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Swarmscope.Observatory.Model;
using Swarmscope.Observatory.Workflow;

namespace Swarmscope.Workspace;

/// <summary>Media items: the grid, one item with its codings, adding, editing, deleting.</summary>
public sealed partial class ObservatoryWorkspace
{
    /// <summary>Live items of an observatory, by id (the JSON API and CSV).</summary>
    public async Task<IReadOnlyList<MediaItem>> ItemsAsync(int observatoryId) =>
        await db.MediaItems.Where(i => i.ObservatoryId == observatoryId && !i.IsDeleted).OrderBy(i => i.Id).ToListAsync();

    /// <summary>The items grid: live items matching <paramref name="filter"/>, with the review states the member may see.</summary>
    public async Task<ItemList> ItemsAsync(ActingMember member, ItemFilter filter)
    {
        var query = db.MediaItems.Where(m => m.ObservatoryId == member.ObservatoryId && !m.IsDeleted);
        if (!string.IsNullOrEmpty(filter.Platform)) query = query.Where(m => m.Platform == filter.Platform);
        var items = await query.OrderBy(m => m.Id).ToListAsync();
        if (filter.Incident is { } incident) items = items.Where(m => m.IncidentIds.Contains(incident)).ToList();
        if (!string.IsNullOrWhiteSpace(filter.Text))
            items = items.Where(m => Contains(m.Title, filter.Text) || Contains(m.Author, filter.Text) || Contains(m.Text, filter.Text)).ToList();
        var ids = items.Select(m => m.Id).ToList();
        var codings = await db.Codings.Where(c => ids.Contains(c.MediaItemId)).Select(c => new { c.MediaItemId, c.State, c.CoderId }).ToListAsync();
        // Coders see only their own coding's state: the others' states would tell them about a blind coding.
        var visible = member.Role >= ObservatoryRole.Editor ? codings : codings.Where(c => c.CoderId == member.UserId || c.State >= ReviewState.Approved).ToList();
        var states = visible.GroupBy(c => c.MediaItemId).ToDictionary(g => g.Key, g => g.Select(c => c.State).Order().ToList());
        if (filter.State is { } state) items = items.Where(m => states.GetValueOrDefault(m.Id)?.Contains(state) == true).ToList();
        return new ItemList(items, states);
    }

    private static bool Contains(string? text, string q) => text?.Contains(q, StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>One item as the member may see it, or null when the observatory has no such item.</summary>
    public async Task<ItemView?> ItemAsync(ActingMember member, int itemId)
    {
        var item = await db.MediaItems.FirstOrDefaultAsync(m => m.Id == itemId && m.ObservatoryId == member.ObservatoryId);
        if (item is null) return null;
        var (_, codebook) = await CodebookAsync(member.ObservatoryId);
        var incidents = await LiveIncidentsAsync(member.ObservatoryId);
        var codings = await db.Codings.Where(c => c.MediaItemId == itemId).ToListAsync();
        var assignments = await db.Assignments.Where(a => a.MediaItemId == itemId).ToListAsync();
        var codebooks = new Dictionary<int, Core.Codebooks.Codebook>();
        foreach (var versionId in codings.Select(c => c.CodebookVersionId).Distinct())
            codebooks[versionId] = await CodebookOfVersionAsync(versionId);
        var mine = codings.FirstOrDefault(c => c.CoderId == member.UserId);
        var myCodebook = mine is null ? codebook : codebooks[mine.CodebookVersionId];
        var myNumber = mine is null ? 0 : await db.CodebookVersions.Where(v => v.Id == mine.CodebookVersionId).Select(v => v.Number).FirstAsync();
        var visible = BlindCodingPolicy.Visible(member.UserId, member.Role, codings, assignments);
        var others = visible.Where(c => c.CoderId != member.UserId).ToList();
        var blinded = member.Role < ObservatoryRole.Editor && assignments.Any(a => a.Blind) && !BlindCodingPolicy.AllAssignedSubmitted(codings, assignments);
        var codingIds = codings.Select(c => c.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        var visibleIds = visible.Select(c => c.Id.ToString(CultureInfo.InvariantCulture)).ToHashSet();
        var itemKey = itemId.ToString(CultureInfo.InvariantCulture);
        var changes = await db.Changes
            .Where(c => (c.EntityType == nameof(MediaItem) && c.EntityId == itemKey) || (c.EntityType == nameof(Coding) && codingIds.Contains(c.EntityId)))
            .OrderByDescending(c => c.Id).Take(200).ToListAsync();
        // The history of a blind coding is as secret as the coding itself.
        var history = changes.Where(c => c.EntityType != nameof(Coding) || visibleIds.Contains(c.EntityId)).ToList();
        return new ItemView(item, codebook, incidents, mine, myCodebook, myNumber, others, blinded, history, codebooks);
    }

    /// <summary>Adds an item entered by the member; returns its id.</summary>
    public async Task<int> AddItemAsync(ActingMember member, ItemFields f)
    {
        RolePolicy.Demand(member.Role, ObservatoryAction.EditItems);
        var item = new MediaItem
        {
            ObservatoryId = member.ObservatoryId, Title = Title(f.Title), Url = f.Url, Author = f.Author, PublishedOn = f.PublishedOn,
            Platform = Blank(f.Platform), MediaType = Blank(f.MediaType), Language = f.Language, Location = f.Location, Text = f.Text,
            IncidentIds = [.. f.IncidentIds], Origin = "entered by " + member.UserName,
        };
        db.MediaItems.Add(item);
        await db.SaveChangesAsync();
        return item.Id;
    }

    /// <summary>Saves the grid's columns of an item if nobody saved it since <paramref name="version"/>; otherwise returns the difference.</summary>
    public async Task<SaveConflict?> SaveItemRowAsync(ActingMember member, int itemId, int version, ItemRowEdit e)
    {
        RolePolicy.Demand(member.Role, ObservatoryAction.EditItems);
        var title = Title(e.Title);
        var item = await FindItemAsync(member, itemId);
        return await SaveVersionedAsync(item, version, m =>
        {
            m.Title = title; m.Author = e.Author; m.PublishedOn = e.PublishedOn; m.Platform = Blank(e.Platform); m.MediaType = Blank(e.MediaType);
        }, Describe.Item);
    }

    /// <summary>Saves the details form of an item if nobody saved it since <paramref name="version"/>; otherwise returns the difference.</summary>
    public async Task<SaveConflict?> SaveItemDetailsAsync(ActingMember member, int itemId, int version, ItemDetailsEdit e)
    {
        RolePolicy.Demand(member.Role, ObservatoryAction.EditItems);
        var title = Title(e.Title);
        var item = await FindItemAsync(member, itemId);
        return await SaveVersionedAsync(item, version, m =>
        {
            m.Title = title; m.Url = e.Url; m.Author = e.Author; m.Location = e.Location; m.Text = e.Text; m.IncidentIds = [.. e.IncidentIds];
        }, Describe.Item);
    }

    /// <summary>Deletes an item softly (an editor can restore it from the history).</summary>
    public async Task DeleteItemAsync(ActingMember member, int itemId)
    {
        RolePolicy.Demand(member.Role, ObservatoryAction.EditItems);
        var item = await FindItemAsync(member, itemId);
        item.IsDeleted = true;
        await db.SaveChangesAsync();
    }

    private async Task<MediaItem> FindItemAsync(ActingMember member, int itemId) =>
        await db.MediaItems.FirstOrDefaultAsync(m => m.Id == itemId && m.ObservatoryId == member.ObservatoryId) ?? throw new WorkflowException("No such item.");

    private static string Title(string? title) =>
        string.IsNullOrWhiteSpace(title) ? throw new WorkflowException("A media item needs a title.") : title.Trim();

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
