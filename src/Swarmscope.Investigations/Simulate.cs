using System.Diagnostics;
using Swarmscope.Simulation;
using Swarmscope.Simulation.Narratives;

namespace Swarmscope.Investigations;

/// <summary>Writes a simulated world into a folder (files renamed into place at the end).</summary>
public sealed class Simulate : IUseCase<SimulateRequest, SimulateResult>
{
    public SimulateResult Run(SimulateRequest request, IProgress<InvestigationEvent>? events = null, CancellationToken cancellationToken = default)
    {
        OutputRule.RefuseFolder(request.OutFolder, "output folder", null, []);
        var clock = Stopwatch.StartNew();
        var scale = request.Scale switch
        {
            WorldScale.Medium => SimulationScale.Medium,
            WorldScale.Large => SimulationScale.Large,
            _ => SimulationScale.Small,
        };
        SimulationSummary summary = null!;
        int? narrativePosts = null;
        AtomicFolder.Write(request.OutFolder, temp =>
        {
            summary = new CoordinationSimulator(new SimulationOptions { Seed = request.Seed, Scale = scale }).WriteTo(temp);
            if (!request.Narratives) return;
            var narratives = new NarrativeSimulator(new NarrativeSimulationOptions { Seed = request.Seed });
            narratives.WriteTo(temp);
            narrativePosts = narratives.Posts;
        });
        return new SimulateResult(request.OutFolder, summary.Posts, summary.Accounts, summary.PlantedAccounts, summary.ViralObjects,
            summary.OrganicCampaigns, summary.Groups, clock.Elapsed.TotalSeconds, narrativePosts);
    }
}
