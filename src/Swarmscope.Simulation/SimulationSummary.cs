namespace Swarmscope.Simulation;

/// <summary>What a simulation wrote.</summary>
public sealed class SimulationSummary
{
    public long Posts { get; set; }
    public int Accounts { get; set; }
    public int PlantedAccounts { get; set; }
    /// <summary>Planted group name ("corepost-1", "template-2", "linkpush-1", "swarmreply-3") → member count.</summary>
    public SortedDictionary<string, int> Groups { get; } = new(StringComparer.Ordinal);
    public int OrganicCampaigns { get; set; }
    public int ViralObjects { get; set; }
    /// <summary>Planted farms (<see cref="FarmTactics"/>); their accounts count in <see cref="PlantedAccounts"/>.</summary>
    public int Farms { get; set; }
    /// <summary>Organic accounts listed in lookalikes.csv (stars, fans, news channels, greeters).</summary>
    public int LookAlikeAccounts { get; set; }
}
