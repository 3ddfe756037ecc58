namespace Swarmscope.Core.Findings;

/// <summary>How farm-like one cluster is (members' score percentile × coordination strength), with its reasons.</summary>
public sealed record FarmFinding(
    string ClusterId, double Likelihood, int Members, int MembersScored, double MeanMemberPercentile, double CoordinationStrength, string Reasons);
