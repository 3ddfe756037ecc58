namespace Swarmscope.Investigations;

/// <summary>List the analysis runs stored in an investigation.</summary>
public sealed record RunsRequest(string Database);
