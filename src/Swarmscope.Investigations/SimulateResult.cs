namespace Swarmscope.Investigations;

/// <summary>What was simulated: counts and the planted groups (kind → accounts).</summary>
public sealed record SimulateResult(
    string OutFolder, long Posts, int Accounts, int PlantedAccounts, int ViralObjects, int OrganicCampaigns,
    IReadOnlyDictionary<string, int> Groups, double Seconds, int? NarrativePosts = null);
