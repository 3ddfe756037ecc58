namespace Swarmscope.Investigations;

/// <summary>
/// Every sentence the application layer says to a user when a job cannot go on or needs a warning: one place to
/// read them all, keep them consistent (path first, then what happened, then what to do) and translate them later.
/// Front ends add only their own words (option names, help, tables).
/// </summary>
public static class Messages
{
    // Stores
    public static string NoSuchStore(string path) =>
        $"{path}: no such investigation file (create one with 'swarmscope import FILES --db {path}')";
    public static string StoreIsFolder(string path) => $"{path}: is a folder, not an investigation file; name a .duckdb file";
    public static string CannotOpenStore(string path, string reason) => $"{path}: cannot open the investigation file: {reason}";
    public static string CannotReadStore(string path, string reason) => $"{path}: cannot read the investigation file: {reason}";
    public static string CannotWriteStore(string path, string reason) =>
        $"{path}: cannot write to the investigation file: {reason}. Nothing of this run was kept.";
    public static string EmptyStore(string path) =>
        $"{path}: the investigation holds no posts, so there is nothing to analyse. Import data first: swarmscope import FILES --db {path}";
    public static string NothingToScore(string path) => $"{path}: the investigation holds no accounts or posts to score";

    // Files read and written
    public static string NoSuchFile(string path, string what) => $"{path}: no such {what}";
    public static string NoSuchFolder(string path, string what) => $"{path}: no such folder of {what}";
    public static string CannotRead(string path, string reason) => $"{path}: cannot be read: {reason}";
    public static string EmptyInput(string path) => $"{path}: is empty (0 bytes); there is nothing to import";
    public static string StoreFolderMissing(string path, string folder) =>
        $"{path}: the folder {folder} does not exist; create it first (mkdir -p {folder}) or name a store in an existing folder";
    public static string CannotWrite(string path, string reason) =>
        $"{path}: cannot be written: {reason}. Check that its folder exists and is writable, or name another path.";
    public static string OutputIsFolder(string what, string path) =>
        $"{path}: is a folder; the {what} must be a file. Name a file, e.g. {Path.Combine(path, "out.csv")}";
    public static string OutputFolderIsFile(string what, string path) =>
        $"{path}: is a file; the {what} must be a folder (new or existing). Name a folder.";
    public static string OutputWouldOverwrite(string what, string target, string victim, string victimRole) =>
        $"{target}: the {what} would overwrite {victim}, {victimRole}; name a new file";

    // Import
    public const string NoFilesToImport = "name at least one file or folder to import";
    public static string UnknownFormat(string format, string known) => $"unknown format '{format}'. Known formats: {known}";
    public static string FolderWithoutExports(string folder, string unreadSubfolders, string known) =>
        $"{folder}: a folder with no file in a format Swarmscope reads{unreadSubfolders} (known formats: {known}; see 'swarmscope formats')";
    public static string UnrecognisedFile(string path, string known) =>
        $"{path}: no import format recognises this file. Name one with --format NAME (known formats: {known}; see 'swarmscope formats'), " +
        "or map CSV columns with --format csv --map field=column,...";
    public static string RecordRejected(string rejection, string file) =>
        $"{rejection}. Nothing from {file} was imported (files before it were). Fix the record, or pass --skip-bad FILE to log bad records and import the rest.";
    public static string FileImportFailed(string file, string reason) => $"{file}: import failed: {reason}. Nothing from this file was imported.";

    // Detection
    public static string UnknownBehaviour(string name, string known) => $"unknown behaviour '{name}'; known: {known}";
    public static string CoarseTimestamps(long posts, string window) =>
        $"{posts:N0} posts have minute (or coarser) timestamps; a {window} window cannot be judged on them";
    public static string WindowEstimated(string window, string behaviour) =>
        $"estimated window: {window} (10% of repeated {behaviour} actions come this soon after the first)";

    // Stored runs
    public static string StoringFindings(int edges, int clusters) => $"storing findings: {edges:N0} edges, {clusters:N0} clusters ...";
    public static string StoringScores(int accounts, int farms) => $"storing scores: {accounts:N0} accounts, {farms:N0} clusters assessed ...";
    public static string NoSuchRun(string db, long runId) => $"{db}: no run {runId} (see 'swarmscope runs --db {db}')";
    public static string NotADetectionRun(string db, long runId, string kind) =>
        $"{db}: run {runId} is a {kind} run, not a detection run (see 'swarmscope runs --db {db}')";
    public static string NoDetectionRun(string db) => $"{db}: no detection run stored yet; run 'swarmscope detect --db {db}' first";
    public static string NoSuchClusters(long runId, string missing) =>
        $"run {runId} has no cluster {missing} (see clusters.csv of a full export, or 'swarmscope detect' output)";
    public static string ScoringWithoutClusters(string db) =>
        $"no detection run stored in {db}: scoring without clusters (run 'swarmscope detect --db {db}' first for the coordination signal and farm likelihoods)";
    public static string ClustersOfRun(long runId, int clusters, DateTimeOffset started) =>
        $"clusters of detection run {runId} ({clusters:N0} clusters, {started:yyyy-MM-dd HH:mm} UTC)";
    public const string OneClusterSource = "give at most one of --run, --clusters and --no-clusters";
    public static string NarrativesWithoutClusters(string db) =>
        $"no detection run stored in {db}: narratives without clusters (run 'swarmscope detect --db {db}' first for templates, stance and periods per cluster)";
    public static string StoringNarratives(int templates, int flips, int swarms) =>
        $"storing narratives: {templates:N0} templates, {flips:N0} flips, {swarms:N0} swarms ...";
    public static string NarrativesExportOptions(long runId) =>
        $"run {runId} is a narratives run: --evidence and --cluster apply to detection runs (export it without them)";
    public static string NoNarrativesRun(string db) => $"{db}: no narratives run stored yet; run 'swarmscope narratives --db {db}' first";

    // Scoring and training
    public static string BadInputFile(string reason) => reason;
    public static string NoSuchModel(string path) => $"{path}: no such model file (train one with 'swarmscope train')";
    public static string UnknownSignal(string name, string known) => $"no signal named '{name}' (signals: {known})";
    public static string UnknownScoringMethod(string method) =>
        $"method must be 'robust' (robust z-scores) or 'iforest' (isolation forest), got '{method}'";
    public static string LabelsTooFew(string path, int positives, int negatives, int unmatched, string db) =>
        $"{path}: need at least 2 accounts of each class that are in the investigation; matched {positives} labelled 1 and {negatives} labelled 0 " +
        $"({unmatched} labels name accounts not in {db})";
    public static string LabelFieldCount(string path, long line, int count) => $"{path}:{line}: expected 'account,label', got {count} field(s)";
    public static string LabelValue(string path, long line, string value) =>
        $"{path}:{line}: field 'label' must be 0 or 1 (1 = inauthentic), got '{value}'";
    public static string LeakySignalsLeftOut(string signals) =>
        $"left out (known for one class far more often than for the other): {signals}";

    // Time zones
    // Simulation
    public static string UnknownVariation(string name) => $"unknown text variation '{name}'; known: {string.Join(", ", SimulationChoices.Variations)}";
    public static string BadFarmTactic(string reason) => $"farm tactics: {reason}";

    public static string UnknownTimeZone(string id) => $"unknown time zone '{id}' (use an IANA name such as Asia/Almaty, Europe/Moscow or UTC)";

    // Bugs
    public const string ReportBug =
        "This is a bug in Swarmscope, not a problem with your data or options. Please report it with the command you ran and the text above.";
}
