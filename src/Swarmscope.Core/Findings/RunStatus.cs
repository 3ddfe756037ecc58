namespace Swarmscope.Core.Findings;

/// <summary>
/// A run's `runs.status`. A run is written in one transaction with its findings, so a run that fails or is killed
/// leaves no row at all and every stored run is complete. The column is there for kinds of run that will be recorded
/// while they work (a long narratives run, a web job) and must say so.
/// </summary>
public static class RunStatus
{
    public const string Complete = "complete";
}
