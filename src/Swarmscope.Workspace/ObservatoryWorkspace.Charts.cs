using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Swarmscope.Observatory.Model;

namespace Swarmscope.Workspace;

/// <summary>The Charts page's counts.</summary>
public sealed partial class ObservatoryWorkspace
{
    /// <summary>The codebook lists an incident's dimension is crossed with on the Charts page.</summary>
    public static readonly string[] CrossedLists = ["motive", "method", "response"];

    public async Task<ObservatoryCharts> ChartsAsync(int observatoryId)
    {
        var (_, codebook) = await CodebookAsync(observatoryId);
        var incidents = await LiveIncidentsAsync(observatoryId);
        var items = await db.MediaItems.Where(m => m.ObservatoryId == observatoryId && !m.IsDeleted).ToListAsync();
        // The consensus of an item: its last approved or published coding.
        var consensus = (await db.Codings.Where(c => c.ObservatoryId == observatoryId && (c.State == ReviewState.Approved || c.State == ReviewState.Published)).ToListAsync())
            .GroupBy(c => c.MediaItemId).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.ReviewedAt).First());
        var live = items.Select(i => i.Id).ToHashSet();
        var framesPerIncident = new List<IncidentFrames>();
        foreach (var incident in incidents)
        {
            var frames = items.Where(i => i.IncidentIds.Contains(incident.Id) && consensus.ContainsKey(i.Id))
                .SelectMany(i => consensus[i.Id].Many("frames").Select(f => codebook.FindFrame(f)?.Root.Id ?? f).Distinct())
                .GroupBy(f => f).Select(g => new ChartBar(codebook.FindFrame(g.Key)?.Label ?? g.Key, g.Count())).OrderByDescending(x => x.Value).ToList();
            framesPerIncident.Add(new IncidentFrames(incident.Id, incident.Title, frames));
        }
        var platforms = items.GroupBy(i => i.Platform ?? "(none)").Select(g => new ChartBar(codebook.Label("platform", g.Key), g.Count())).OrderByDescending(x => x.Value).ToList();
        var levels = consensus.Values.Where(c => live.Contains(c.MediaItemId)).Select(c => c.Single("civic_impact")).Where(v => v is not null)
            .GroupBy(v => v!).ToDictionary(g => g.Key, g => g.Count());
        var civic = codebook.Scale.Select(l => new ChartBar(l.Value.ToString("+0;−0;0", CultureInfo.InvariantCulture), levels.GetValueOrDefault(l.Value.ToString(CultureInfo.InvariantCulture)))).ToList();
        var overTime = items.Where(i => i.PublishedOn is not null).GroupBy(i => i.PublishedOn!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key).Select(g => new ChartBar(g.Key, g.Count())).ToList();
        var cross = new Dictionary<string, CrossTable>();
        foreach (var list in CrossedLists)
        {
            var counts = new Dictionary<(string, string), int>();
            foreach (var item in items)
                foreach (var incident in incidents.Where(i => item.IncidentIds.Contains(i.Id) && i.Dimension is not null))
                    foreach (var value in list switch { "motive" => incident.Motives, "method" => incident.Methods, _ => incident.Responses })
                        counts[(incident.Dimension!, value)] = counts.GetValueOrDefault((incident.Dimension!, value)) + 1;
            cross[list] = new CrossTable(codebook.List("dimension"), codebook.List(list), counts);
        }
        return new ObservatoryCharts(framesPerIncident, platforms, civic, overTime, cross);
    }
}
