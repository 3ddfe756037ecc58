namespace Swarmscope.Investigations;

/// <summary>What was simulated: counts, the planted groups (name → accounts) and the organic look-alike accounts listed.</summary>
public sealed record SimulateResult(
    string OutFolder, long Posts, int Accounts, int PlantedAccounts, int ViralObjects, int OrganicCampaigns,
    IReadOnlyDictionary<string, int> Groups, double Seconds, int LookAlikeAccounts = 0, int? NarrativePosts = null);
