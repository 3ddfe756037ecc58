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
        var options = Options(request);
        var clock = Stopwatch.StartNew();
        SimulationSummary summary = null!;
        int? narrativePosts = null;
        AtomicFolder.Write(request.OutFolder, temp =>
        {
            summary = new CoordinationSimulator(options).WriteTo(temp);
            if (!request.Narratives) return;
            var narratives = new NarrativeSimulator(new NarrativeSimulationOptions { Seed = request.Seed });
            narratives.WriteTo(temp);
            narrativePosts = narratives.Posts;
        });
        return new SimulateResult(request.OutFolder, summary.Posts, summary.Accounts, summary.PlantedAccounts, summary.ViralObjects,
            summary.OrganicCampaigns, summary.Groups, clock.Elapsed.TotalSeconds, summary.LookAlikeAccounts, narrativePosts);
    }

    /// <summary>The simulator's options for a request; a value the simulator refuses is a <see cref="RequestException"/> naming it.</summary>
    public static SimulationOptions Options(SimulateRequest request)
    {
        var options = new SimulationOptions
        {
            Seed = request.Seed,
            Scale = request.Scale switch { WorldScale.Medium => SimulationScale.Medium, WorldScale.Large => SimulationScale.Large, _ => SimulationScale.Small },
        };
        if (request.Accounts is { } accounts) options = options with { Accounts = accounts };
        if (request.Posts is { } posts) options = options with { Posts = posts };
        if (request.Days is { } days) options = options with { Days = days };
        if (request.GroupsPerKind is { } groups) options = options with { GroupsPerKind = groups };
        if (request.Farms is { Count: > 0 } f)
        {
            var variation = TextVariation.None;
            foreach (var v in f.Variation)
                variation |= v.ToLowerInvariant() switch
                {
                    "words" => TextVariation.WordSwaps,
                    "names" => TextVariation.NameSlots,
                    "script" => TextVariation.Script,
                    "all" => TextVariation.WordSwaps | TextVariation.NameSlots | TextVariation.Script,
                    "none" => TextVariation.None,
                    _ => throw new RequestException(Messages.UnknownVariation(v)),
                };
            options = options with
            {
                Farms = new FarmTactics
                {
                    Count = f.Count, Size = f.Size, PoolSize = f.PoolSize, Variation = variation, DailyParticipation = f.DailyParticipation,
                    PostsPerActiveDay = f.PostsPerActiveDay, Burst = f.Burst, Jitter = f.Jitter, OfficeStartHour = f.OfficeStartHour,
                    OfficeEndHour = f.OfficeEndHour, TimeZone = f.TimeZone, WeekdaysOnly = f.WeekdaysOnly,
                    Objects = f.SharedObjects ? FarmObjects.Shared : FarmObjects.Exclusive, DaysOn = f.DaysOn, DaysOff = f.DaysOff,
                    FillerPosts = f.FillerPosts, OrganicCopiers = f.OrganicCopiers,
                },
            };
        }
        if (request.LookAlikes is { } l && (l.FanBases > 0 || l.NewsRings > 0 || l.Greeters > 0))
            options = options with { LookAlikes = new OrganicLookAlikes { FanBases = l.FanBases, NewsRings = l.NewsRings, Greeters = l.Greeters } };
        try
        {
            options.Farms?.Validate();
            options.LookAlikes?.Validate();
        }
        catch (ArgumentException e)
        {
            throw new RequestException(Messages.BadFarmTactic(e.Message));
        }
        return options;
    }
}
