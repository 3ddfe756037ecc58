namespace Swarmscope.Investigations;

/// <summary>What each step of the demo gave; parts are null until their step ran.</summary>
public sealed record DemoResult(DemoRequest Request)
{
    public IReadOnlyList<string> SampleFiles { get; init; } = [];
    public IReadOnlyList<string> FarmAccounts { get; init; } = [];
    public ImportResult? Import { get; init; }
    public InvestigationStatistics? Statistics { get; init; }
    public DetectResult? Detection { get; init; }
    public ScoreResult? Scores { get; init; }
    public ReportResult? Report { get; init; }
}
