using Swarmscope.Core.Findings;
using Swarmscope.Reports;
using Swarmscope.Storage;

namespace Swarmscope.Investigations;

/// <summary>
/// Writes the CSV files of a stored narratives run (templates.csv, activity.csv, ...) from the store: `narratives
/// --out` and `export` both write through here, so the files are always an export of what was recorded.
/// </summary>
internal static class NarrativesExport
{
    public static IReadOnlyList<string> Files => NarrativeCsvWriter.Files;

    public static void Write(InvestigationStore store, string db, AnalysisRun run, string folder)
    {
        var findings = Stores.Reading(db, () => store.ReadNarratives(run));
        AtomicFolder.Write(folder, temp => NarrativeCsvWriter.WriteAll(findings, temp));
    }
}
