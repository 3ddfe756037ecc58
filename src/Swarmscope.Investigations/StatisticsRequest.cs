namespace Swarmscope.Investigations;

/// <summary>Counts of what an investigation store holds.</summary>
public sealed record StatisticsRequest(string Database);
