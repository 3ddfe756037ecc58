using Swarmscope.Core.Findings;
using Swarmscope.Storage;

namespace Swarmscope.Cli;

/// <summary>Finds the stored run a command asks for, with messages that say what to do when there is none.</summary>
public static class StoredRuns
{
    /// <summary>The detection run with this id, or the latest complete one when <paramref name="runId"/> is null.</summary>
    public static AnalysisRun Detection(InvestigationStore store, string db, long? runId)
    {
        if (runId is { } id)
        {
            var run = store.FindRun(id) ?? throw new UserFacingException($"{db}: no run {id} (see 'swarmscope runs --db {db}')");
            if (run.Kind != RunKind.Detection) throw new UserFacingException($"{db}: run {id} is a {run.Kind} run, not a detection run");
            if (run.Status != RunStatus.Complete) throw new UserFacingException($"{db}: run {id} {run.Status}; it has no findings");
            return run;
        }
        return store.LatestRun(RunKind.Detection)
               ?? throw new UserFacingException($"{db}: no detection run stored yet; run 'swarmscope detect --db {db}' first");
    }
}
