namespace Swarmscope.Investigations;

/// <summary>How farm-like one detected cluster is, with its reasons.</summary>
public sealed record FarmOverview(string ClusterId, double Likelihood, int Members, string Reasons);
