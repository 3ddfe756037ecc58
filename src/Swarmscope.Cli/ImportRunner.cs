using System.Diagnostics;
using DuckDB.NET.Data;
using Spectre.Console;
using Swarmscope.Core;
using Swarmscope.Ingest;
using Swarmscope.Storage;

namespace Swarmscope.Cli;

/// <summary>
/// Imports a list of files into one store with progress and a summary table; shared by `import` and `demo`.
/// Each file is its own transaction: a bad file leaves the store as it was for that file.
/// </summary>
public sealed class ImportRunner
{
    public string? Format { get; init; }
    public ColumnMapping? Mapping { get; init; }
    public TimeZoneInfo? TimeZone { get; init; }
    public string? SkipBadPath { get; init; }
    public bool Force { get; init; }

    /// <summary>A folder also stands for the files in its subfolders (hidden files and folders left out).</summary>
    public bool Recursive { get; init; }

    /// <summary>Files of named folders that no format recognises: left out of the plan, listed for the user.</summary>
    public List<string> Skipped { get; } = [];

    /// <summary>
    /// Chooses an importer for every file first, so a file no format recognises fails before anything is imported.
    /// A folder stands for the files directly in it, or with <see cref="Recursive"/> in its subfolders too (<see cref="ExportFolder"/>:
    /// hidden ones left out); those no format recognises are skipped and listed in <see cref="Skipped"/> instead (an
    /// export folder often holds a README or a codebook, a Telegram export its photos).
    /// </summary>
    public IReadOnlyList<(string File, IPlatformImporter Importer)> Plan(IReadOnlyList<string> files)
    {
        IPlatformImporter? forced = null;
        if (Format is not null)
            forced = ImporterRegistry.Find(Format) ?? throw new UsageException($"unknown format '{Format}'. Known formats: {KnownFormats()}");
        var plan = new List<(string, IPlatformImporter)>();
        foreach (var arg in files)
        {
            if (Directory.Exists(arg))
            {
                var found = 0;
                foreach (var file in ExportFolder.Files(arg, Recursive))
                {
                    var importer = forced ?? Detect(file);
                    if (importer is null) { Skipped.Add(file); continue; }
                    plan.Add((file, importer));
                    found++;
                }
                if (found == 0)
                    throw new UserFacingException($"{arg}: a folder with no file in a format Swarmscope reads{UnreadSubfolders(arg)} " +
                                                  $"(known formats: {KnownFormats()}; see 'swarmscope formats')");
                continue;
            }
            if (!File.Exists(arg)) throw new UserFacingException($"{arg}: no such file");
            if (forced is not null) { plan.Add((arg, forced)); continue; }
            plan.Add((arg, Detect(arg) ?? throw new UserFacingException($"{arg}: no import format recognises this file. Name one with --format NAME (known formats: {KnownFormats()}; see 'swarmscope formats'), or map CSV columns with --format csv --map field=column,...")));
        }
        return plan;
    }

    /// <summary>Names the subfolders a non-recursive folder argument left unread, and how to read them.</summary>
    private string UnreadSubfolders(string folder)
    {
        if (Recursive) return "";
        var subfolders = Directory.EnumerateDirectories(folder)
            .Select(Path.GetFileName)
            .Where(n => n is not null && !n.StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (subfolders.Count == 0) return "";
        var named = string.Join(", ", subfolders.Take(5)) + (subfolders.Count > 5 ? $" and {subfolders.Count - 5} more" : "");
        return $" directly in it; its subfolders ({named}) were not read: name them, or add --recursive";
    }

    private static IPlatformImporter? Detect(string file)
    {
        try { return ImporterRegistry.Detect(file).Importer; }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new UserFacingException(e.Message.StartsWith(file, StringComparison.Ordinal) ? e.Message : $"{file}: cannot be read: {e.Message}");
        }
    }

    /// <summary>The rejection log is written from scratch: naming an input file or the store there by mistake would destroy it.</summary>
    private static void RefuseToOverwrite(string? skipBadPath, string dbPath, IReadOnlyList<(string File, IPlatformImporter Importer)> plan)
    {
        if (skipBadPath is null) return;
        var log = Path.GetFullPath(skipBadPath);
        foreach (var other in plan.Select(p => p.File).Append(dbPath).Append(dbPath + ".wal"))
            if (string.Equals(Path.GetFullPath(other), log, StringComparison.Ordinal))
                throw new UsageException($"--skip-bad {skipBadPath} would overwrite {other}, which this import reads or writes; name a new file for the rejected records");
    }

    public static string KnownFormats() => string.Join(", ", ImporterRegistry.All.Select(i => i.Format));

    /// <summary>Runs the plan and prints the summary table. Throws <see cref="UserFacingException"/> at the first file that fails.</summary>
    public IReadOnlyList<ImportSummary> Run(string dbPath, IReadOnlyList<(string File, IPlatformImporter Importer)> plan)
    {
        var summaries = new System.Collections.Concurrent.ConcurrentQueue<ImportSummary>();
        RefuseToOverwrite(SkipBadPath, dbPath, plan);
        var labels = new FileLabels(plan.Select(p => p.File));
        using var rejectedLog = SkipBadPath is null ? null : new RejectedRecordWriter(SkipBadPath);
        InvestigationStore store;
        try { store = InvestigationStore.Open(dbPath); }
        catch (DuckDBException e) { throw new UserFacingException($"{dbPath}: cannot open the investigation file: {e.Message}"); }
        using (store)
        {
            var progress = new ImportProgress();
            var clock = Stopwatch.StartNew();
            var options = new ImportOptions
            {
                Mapping = Mapping,
                AssumedTimeZone = TimeZone,
                OnRejected = rejectedLog is null ? null : rejectedLog.Write,
                Force = Force,
                Progress = progress,
            };
            try
            {
                if (CliOutput.Interactive) RunWithProgress(store, plan, options, progress, summaries, labels);
                else
                {
                    foreach (var (file, importer) in plan) CliOutput.Raw($"importing {file} as {importer.Format} ...");
                    ImportAll(store, plan, options, summaries.Enqueue);
                }
            }
            finally
            {
                if (!summaries.IsEmpty) PrintSummary([.. summaries], rejectedLog, clock.Elapsed.TotalSeconds, labels);
            }
        }
        return [.. summaries];
    }

    private static void RunWithProgress(InvestigationStore store, IReadOnlyList<(string File, IPlatformImporter Importer)> plan,
        ImportOptions options, ImportProgress progress, System.Collections.Concurrent.ConcurrentQueue<ImportSummary> summaries, FileLabels labels)
    {
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var tasks = new List<ProgressTask>();
                var clocks = new List<Stopwatch>();
                var finished = new System.Collections.Concurrent.ConcurrentQueue<ImportSummary>();
                var work = Task.Run(() => ImportAll(store, plan, options, s => { summaries.Enqueue(s); finished.Enqueue(s); }));
                var done = 0;
                void Update()
                {
                    // Files overlap: the next one is parsed while the previous one commits.
                    while (tasks.Count < Math.Min(progress.FilesStarted, plan.Count))
                    {
                        tasks.Add(ctx.AddTask(Markup.Escape(labels.Of(plan[tasks.Count].File)), maxValue: 100));
                        clocks.Add(Stopwatch.StartNew());
                    }
                    var current = progress.FilesStarted - 1;
                    if (current >= done && current < tasks.Count && progress.CurrentFile is not null)
                    {
                        var records = progress.Records;
                        tasks[current].Value = progress.Fraction * 100;
                        tasks[current].Description = Markup.Escape($"{labels.Of(plan[current].File)}  {records:N0} records, {records / Math.Max(clocks[current].Elapsed.TotalSeconds, 0.001):N0}/s");
                    }
                    while (done < tasks.Count && finished.TryDequeue(out var s))
                    {
                        tasks[done].Value = 100;
                        tasks[done].Description = Markup.Escape($"{labels.Of(s.Path)}  {s.Read:N0} records" + (s.AlreadyImported ? " (already imported)" : ""));
                        tasks[done].StopTask();
                        done++;
                    }
                }
                while (!work.Wait(200)) Update();
                Update();
                work.GetAwaiter().GetResult();
            });
    }

    /// <summary>Imports the plan through <see cref="ImportPipeline.ImportFiles"/>, turning the first failure into a message naming its file.</summary>
    private static void ImportAll(InvestigationStore store, IReadOnlyList<(string File, IPlatformImporter Importer)> plan, ImportOptions options,
        Action<ImportSummary> onImported)
    {
        try
        {
            ImportPipeline.ImportFiles(store, plan, options, onImported);
        }
        catch (ImportFileException failure)
        {
            var file = failure.Path;
            switch (failure.InnerException)
            {
                case ImportRejectedException e:
                    throw new UserFacingException($"{e.Message}. Nothing from {file} was imported (files before it were). " +
                                                  "Fix the record, or pass --skip-bad FILE to log bad records and import the rest.");
                case { } e when e is IOException or InvalidDataException or FormatException or DuckDBException or InvalidOperationException:
                    var reason = e.Message.StartsWith(file + ": ", StringComparison.Ordinal) ? e.Message[(file.Length + 2)..] : e.Message;
                    throw new UserFacingException($"{file}: import failed: {reason}. Nothing from this file was imported.");
                default:
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure.InnerException ?? failure);
                    throw;
            }
        }
    }

    /// <param name="wallSeconds">The total row's seconds: files overlap (the next is read while the previous commits), so their seconds do not add up.</param>
    private static void PrintSummary(IReadOnlyList<ImportSummary> summaries, RejectedRecordWriter? rejectedLog, double wallSeconds, FileLabels labels)
    {
        // Records = posts + accounts. Merged records were already stored (or repeated in the file) and added nothing.
        var table = new Table().Title("import summary")
            .AddColumn(new TableColumn("file").NoWrap()).AddColumn(new TableColumn("format").NoWrap())
            .AddColumn(new TableColumn("read").RightAligned())
            .AddColumn(new TableColumn("imported").RightAligned())
            .AddColumn(new TableColumn("merged").RightAligned())
            .AddColumn(new TableColumn("rejected").RightAligned())
            .AddColumn(new TableColumn("seconds").RightAligned());
        long read = 0, imported = 0, merged = 0, rejected = 0;
        foreach (var s in summaries)
        {
            var name = Markup.Escape(labels.Of(s.Path));
            if (s.AlreadyImported)
            {
                table.AddRow(name, Markup.Escape(s.Format), "[yellow]already imported[/]", "0", "0", "0", "0");
                continue;
            }
            table.AddRow(name, Markup.Escape(s.Format), N(s.Read), N(s.Imported), N(s.Merged), N(s.Rejected), s.Seconds.ToString("F2"));
            read += s.Read; imported += s.Imported; merged += s.Merged; rejected += s.Rejected;
        }
        if (summaries.Count > 1)
            table.AddRow("[bold]total[/]", "", N(read), N(imported), N(merged), N(rejected), wallSeconds.ToString("F2"));
        AnsiConsole.Write(table);
        foreach (var s in summaries)
            if (s.AlreadyImported) CliOutput.Raw($"{s.Path} was imported before (same SHA-256): nothing added. Use --force to merge it again.");
        CliOutput.Raw("read/imported/merged count records (posts + accounts); merged = already in the store or repeated in the file.");
        if (rejectedLog is { Count: > 0 }) CliOutput.Raw($"{rejectedLog.Count:N0} rejected record(s) written to the --skip-bad file.");
    }

    private static string N(long v) => v.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
