using System.Globalization;
using System.Text.Json;
using Swarmscope.Core.Findings;
using Swarmscope.Storage;

namespace Swarmscope.Investigations;

/// <summary>Finds the stored run a request names, with messages that say what to do when there is none.</summary>
internal static class StoredRuns
{
    /// <summary>The detection run with this id, or the latest one when <paramref name="runId"/> is null.</summary>
    public static AnalysisRun Detection(InvestigationStore store, string db, long? runId) =>
        Find(store, db, runId, RunKind.Detection) ?? throw new InvestigationException(Messages.NoDetectionRun(db));

    /// <summary>The run of <paramref name="kind"/> with this id, or the latest of that kind (null when there is none).</summary>
    public static AnalysisRun? Find(InvestigationStore store, string db, long? runId, string kind)
    {
        if (runId is not { } id) return store.LatestRun(kind);
        var run = store.FindRun(id) ?? throw new InvestigationException(Messages.NoSuchRun(db, id));
        if (run.Kind != kind)
            throw new InvestigationException(kind == RunKind.Detection
                ? Messages.NotADetectionRun(db, id, run.Kind)
                : $"{db}: run {id} is a {run.Kind} run, not a {kind} run (see 'swarmscope runs --db {db}')");
        return run;
    }

    public static RunOverview Overview(AnalysisRun run)
    {
        using var settings = JsonDocument.Parse(run.SettingsJson);
        using var summary = JsonDocument.Parse(run.SummaryJson);
        return new RunOverview(run.RunId, run.Kind, run.Status, run.StartedAt, run.FinishedAt, run.ToolVersion, run.InputPosts, run.InputAccounts,
            run.SourceRunId, settings.RootElement.Clone(), summary.RootElement.Clone(), Found(run.Kind, summary.RootElement));
    }

    /// <summary>A few words from a run's summary: "17,062 edges, 1,589 accounts in 87 clusters".</summary>
    private static string Found(string kind, JsonElement s)
    {
        string N(string name) => s.ValueKind == JsonValueKind.Object && s.TryGetProperty(name, out var v) && v.TryGetInt64(out var n)
            ? n.ToString("N0", CultureInfo.InvariantCulture) : "?";
        return kind switch
        {
            RunKind.Detection => $"{N("edges")} edges, {N("flagged_accounts")} accounts in {N("clusters")} clusters",
            RunKind.Score => $"{N("accounts")} accounts scored, {N("farms")} clusters assessed",
            _ => "",
        };
    }
}
