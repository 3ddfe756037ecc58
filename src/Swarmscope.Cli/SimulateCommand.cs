using System.Diagnostics;
using Swarmscope.Simulation;
using Swarmscope.Simulation.Narratives;

namespace Swarmscope.Cli;

public sealed class SimulateCommand : ICommand
{
    public string Name => "simulate";
    public string Summary => "write synthetic data with planted coordinated groups and truth.csv";
    public string Usage => """
        usage: swarmscope simulate --out DIR --seed N [--scale small|medium|large] [--narratives]
          --narratives   also write narrative-posts.csv and narrative-truth.csv: planted stance flips, attack swarms and
                         on/off farms posting a Kazakh template in Cyrillic and Latin (docs/simulation.md)
        """;

    public IReadOnlyCollection<string> Flags => ["narratives"];

    public Task<int> RunAsync(CommandArgs args)
    {
        var outDir = args.Require("out");
        var seed = args.GetInt("seed", 1);
        var scaleText = args.Get("scale") ?? "small";
        var scale = scaleText.ToLowerInvariant() switch
        {
            "small" => SimulationScale.Small,
            "medium" => SimulationScale.Medium,
            "large" => SimulationScale.Large,
            _ => throw new UsageException($"--scale must be small, medium or large, got '{scaleText}'"),
        };
        if (File.Exists(outDir)) throw new UserFacingException($"--out {outDir}: is a file, expected a directory");

        var sw = Stopwatch.StartNew();
        SimulationSummary summary;
        int? narrativePosts = null;
        try
        {
            summary = new CoordinationSimulator(new SimulationOptions { Seed = seed, Scale = scale }).WriteTo(outDir);
            if (args.Flag("narratives")) narrativePosts = WriteNarratives(outDir, seed);
        }
        catch (IOException e)
        {
            throw new UserFacingException($"--out {outDir}: cannot write: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UserFacingException($"--out {outDir}: cannot write: {e.Message}");
        }
        Console.WriteLine($"simulated {scaleText} world, seed {seed}, in {sw.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"  {Path.Combine(outDir, "posts.csv")}: {summary.Posts:N0} posts ({summary.ViralObjects:N0} popular originals, {summary.OrganicCampaigns} organic hashtag campaigns)");
        Console.WriteLine($"  {Path.Combine(outDir, "accounts.csv")}: {summary.Accounts:N0} accounts, {summary.PlantedAccounts:N0} planted");
        Console.WriteLine($"  {Path.Combine(outDir, "truth.csv")}: {summary.Groups.Count} planted groups");
        foreach (var (group, size) in summary.Groups) Console.WriteLine($"    {group,-14} {size,4} accounts");
        if (narrativePosts is { } n)
            Console.WriteLine($"  {Path.Combine(outDir, "narrative-posts.csv")}: {n:N0} posts with planted flips, swarms and on/off farms; truth in narrative-truth.csv");
        return Task.FromResult(0);
    }

    private static int WriteNarratives(string outDir, int seed)
    {
        var simulator = new NarrativeSimulator(new NarrativeSimulationOptions { Seed = seed });
        simulator.WriteTo(outDir);
        return simulator.Posts;
    }
}
