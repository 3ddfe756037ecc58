namespace Swarmscope.Signals;

/// <summary>How farm-like one coordinated cluster is, with the figures it rests on and its reasons.</summary>
public sealed record FarmAssessment(
    string ClusterId,
    double Likelihood,
    int Members,
    int MembersScored,
    double MeanMemberPercentile,
    double CoordinationStrength,
    string Reasons);
