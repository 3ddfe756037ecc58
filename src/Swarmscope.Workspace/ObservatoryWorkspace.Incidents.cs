using Microsoft.EntityFrameworkCore;
using Swarmscope.Observatory.Model;
using Swarmscope.Observatory.Workflow;

namespace Swarmscope.Workspace;

/// <summary>Incidents: the list with item counts, adding and editing.</summary>
public sealed partial class ObservatoryWorkspace
{
    /// <summary>Live incidents, earliest first.</summary>
    public async Task<IReadOnlyList<Incident>> LiveIncidentsAsync(int observatoryId) =>
        await db.Incidents.Where(i => i.ObservatoryId == observatoryId && !i.IsDeleted).OrderBy(i => i.StartDate).ThenBy(i => i.Id).ToListAsync();

    /// <summary>Live items per incident id.</summary>
    public async Task<IReadOnlyDictionary<int, int>> ItemCountsAsync(int observatoryId)
    {
        var items = await db.MediaItems.Where(m => m.ObservatoryId == observatoryId && !m.IsDeleted).Select(m => m.IncidentIds).ToListAsync();
        return items.SelectMany(x => x).GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>Adds an incident (<paramref name="incidentId"/> 0) or saves one if nobody saved it since <paramref name="version"/>.</summary>
    public async Task<IncidentSave> SaveIncidentAsync(ActingMember member, int incidentId, int version, IncidentFields f)
    {
        RolePolicy.Demand(member.Role, ObservatoryAction.EditItems);
        if (string.IsNullOrWhiteSpace(f.Title)) throw new WorkflowException("An incident needs a title.");
        void Apply(Incident i)
        {
            i.Title = f.Title.Trim(); i.StartDate = f.StartDate; i.EndDate = f.EndDate; i.Country = f.Country; i.Description = f.Description;
            i.Dimension = string.IsNullOrEmpty(f.Dimension) ? null : f.Dimension; i.Motives = [.. f.Motives]; i.Methods = [.. f.Methods]; i.Responses = [.. f.Responses];
        }
        if (incidentId == 0)
        {
            var incident = new Incident { ObservatoryId = member.ObservatoryId };
            Apply(incident);
            db.Incidents.Add(incident);
            await db.SaveChangesAsync();
            return new IncidentSave(incident, null);
        }
        var existing = await db.Incidents.FirstOrDefaultAsync(i => i.Id == incidentId && i.ObservatoryId == member.ObservatoryId) ?? throw new WorkflowException("No such incident.");
        return new IncidentSave(existing, await SaveVersionedAsync(existing, version, Apply, Describe.Incident));
    }
}
