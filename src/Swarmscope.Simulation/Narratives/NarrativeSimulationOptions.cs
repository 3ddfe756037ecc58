namespace Swarmscope.Simulation.Narratives;

/// <summary>What <see cref="NarrativeSimulator"/> plants. Defaults make a world that runs in seconds.</summary>
public sealed record NarrativeSimulationOptions
{
    public int Seed { get; init; } = 1;
    public DateTimeOffset Start { get; init; } = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    /// <summary>Long enough for monthly stance periods on both sides of a flip and a dormant month.</summary>
    public int Days { get; init; } = 120;
    public int OrganicAccounts { get; init; } = 400;
    /// <summary>Organic posts per account per day (Poisson mean).</summary>
    public double OrganicRate { get; init; } = 0.4;
    /// <summary>Share of organic posts that reply to one of the targets, with a random stance.</summary>
    public double OrganicTargetShare { get; init; } = 0.08;
    public int FlipFarms { get; init; } = 2;
    public int Swarms { get; init; } = 3;
    public int OnOffFarms { get; init; } = 2;
    public int FarmSize { get; init; } = 15;
    public int SwarmSize { get; init; } = 25;
}
