using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Swarmscope.Core.Codebooks;
using Swarmscope.Observatory.Model;
using Swarmscope.Web.Services;

namespace Swarmscope.Web.Pages.O;

public sealed class ChartsModel(Workspace workspace) : ObservatoryPageModel(workspace)
{
    public List<(string Incident, (int Id, List<(string, double)> Bars) Bars)> FramesPerIncident { get; private set; } = [];
    public List<(string, double)> Platforms { get; private set; } = [];
    public List<(string, double)> Civic { get; private set; } = [];
    public List<(string, double)> OverTime { get; private set; } = [];
    private Codebook _codebook = new();
    private List<Incident> _incidents = [];
    private List<MediaItem> _items = [];

    public sealed record CrossTable(IReadOnlyList<CodebookEntry> Rows, IReadOnlyList<CodebookEntry> Columns, Dictionary<(string, string), int> Counts)
    {
        public int Count(string row, string column) => Counts.GetValueOrDefault((row, column));
        public int Max => Counts.Count == 0 ? 0 : Counts.Values.Max();
    }

    /// <summary>Items per incident dimension (rows) and the incident's motives, methods or responses (columns).</summary>
    public CrossTable Cross(string list)
    {
        var counts = new Dictionary<(string, string), int>();
        foreach (var item in _items)
            foreach (var incident in _incidents.Where(i => item.IncidentIds.Contains(i.Id) && i.Dimension is not null))
                foreach (var value in list switch { "motive" => incident.Motives, "method" => incident.Methods, _ => incident.Responses })
                    counts[(incident.Dimension!, value)] = counts.GetValueOrDefault((incident.Dimension!, value)) + 1;
        return new CrossTable(_codebook.List("dimension"), _codebook.List(list), counts);
    }

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
        _codebook = (await Workspace.CodebookAsync(Oid)).Codebook;
        _incidents = await Workspace.Db.Incidents.Where(i => i.ObservatoryId == Oid && !i.IsDeleted).OrderBy(i => i.StartDate).ToListAsync();
        _items = await Workspace.Db.MediaItems.Where(m => m.ObservatoryId == Oid && !m.IsDeleted).ToListAsync();
        var consensus = (await Workspace.Db.Codings.Where(c => c.ObservatoryId == Oid && (c.State == ReviewState.Approved || c.State == ReviewState.Published)).ToListAsync())
            .GroupBy(c => c.MediaItemId).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.ReviewedAt).First());
        var live = _items.Select(i => i.Id).ToHashSet();
        foreach (var incident in _incidents)
        {
            var frames = _items.Where(i => i.IncidentIds.Contains(incident.Id) && consensus.ContainsKey(i.Id))
                .SelectMany(i => consensus[i.Id].Many("frames").Select(f => _codebook.FindFrame(f)?.Root.Id ?? f).Distinct())
                .GroupBy(f => f).Select(g => (_codebook.FindFrame(g.Key)?.Label ?? g.Key, (double)g.Count())).OrderByDescending(x => x.Item2).ToList();
            FramesPerIncident.Add((incident.Title, (incident.Id, frames)));
        }
        Platforms = _items.GroupBy(i => i.Platform ?? "(none)").Select(g => (_codebook.Label("platform", g.Key), (double)g.Count())).OrderByDescending(x => x.Item2).ToList();
        var levels = consensus.Values.Where(c => live.Contains(c.MediaItemId)).Select(c => c.Single("civic_impact")).Where(v => v is not null).GroupBy(v => v!).ToDictionary(g => g.Key, g => g.Count());
        Civic = _codebook.Scale.Select(l => (l.Value.ToString("+0;−0;0", CultureInfo.InvariantCulture), (double)levels.GetValueOrDefault(l.Value.ToString(CultureInfo.InvariantCulture)))).ToList();
        OverTime = _items.Where(i => i.PublishedOn is not null).GroupBy(i => i.PublishedOn!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key).Select(g => (g.Key, (double)g.Count())).ToList();
    }
}
