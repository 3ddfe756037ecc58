namespace Swarmscope.Core.Findings;

/// <summary>
/// A run's `runs.status`. Runs are written in one transaction with their findings, so a killed run leaves no row at
/// all; a run that failed with an error is recorded as failed, without findings.
/// </summary>
public static class RunStatus
{
    public const string Complete = "complete";
    public const string Failed = "failed";
}
