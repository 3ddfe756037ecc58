using System.Diagnostics;
using DuckDB.NET.Data;
using Swarmscope.Ingest;
using Swarmscope.Storage;

namespace Swarmscope.Investigations;

/// <summary>
/// Imports exports into one store. A format is chosen for every file first, so a file no format recognises fails
/// before anything is imported. Each file is its own transaction: a bad file leaves the store as it was for that
/// file (the files before it are kept).
/// </summary>
public sealed class ImportFiles : IUseCase<ImportRequest, ImportResult>
{
    public ImportResult Run(ImportRequest request, IProgress<InvestigationEvent>? events = null, CancellationToken cancellationToken = default)
    {
        var serial = new SerialEvents(events);
        var clock = Stopwatch.StartNew();
        var mapping = Mapping(request);
        var skipped = new List<string>();
        using var spool = new InputSpool();
        var plan = Plan(request, skipped, spool);
        var labels = new FileLabels(plan.Select(p => p.File));
        serial.Report(new ImportPlanned([.. plan.Select(p => new PlannedFile(p.File, labels.Of(p.File), p.Importer.Format))], skipped));

        var inputs = plan.Select(p => p.File).ToList();
        OutputRule.RefuseTarget(request.RejectedLog, "--skip-bad", request.Database, inputs);
        var store = Stores.OpenForWriting(request.Database);
        using (store)
        using (var rejectedLog = request.RejectedLog is null ? null : new RejectedRecordWriter(request.RejectedLog))
        {
            var imported = new List<ImportedFile>();
            var progress = new ImportProgress();
            var options = new ImportOptions
            {
                Mapping = mapping,
                AssumedTimeZone = request.TimeZone,
                OnRejected = rejectedLog is null ? null : rejectedLog.Write,
                Force = request.Force,
                Progress = progress,
            };
            void OnImported(ImportSummary s)
            {
                var file = ImportedFile.From(s, labels.Of(s.Path));
                lock (imported) imported.Add(file);
                serial.Report(new ImportFileFinished(file));
            }
            try
            {
                if (!serial.Wanted) ImportAll(store, plan, options, OnImported, cancellationToken);
                else
                {
                    var work = Task.Run(() => ImportAll(store, plan, options, OnImported, cancellationToken), CancellationToken.None);
                    while (!((IAsyncResult)work).AsyncWaitHandle.WaitOne(200)) ReportProgress(progress, serial);
                    work.GetAwaiter().GetResult();
                }
            }
            finally
            {
                // The log holds the bad records of the files read, also when a later file failed.
                rejectedLog?.Commit();
            }
            return new ImportResult(imported, skipped, rejectedLog?.Count ?? 0, clock.Elapsed.TotalSeconds);
        }
    }

    private static void ReportProgress(ImportProgress progress, SerialEvents events)
    {
        if (progress.CurrentFile is null || progress.FilesStarted == 0) return;
        events.Report(new ImportFileProgress(progress.FilesStarted - 1, progress.Records, progress.Fraction));
    }

    private static ColumnMapping? Mapping(ImportRequest request)
    {
        ColumnMapping? mapping = null;
        try
        {
            if (request.MappingFile is { } file)
            {
                if (!File.Exists(file)) throw new InvestigationException(Messages.NoSuchFile(file, "mapping file"));
                mapping = ColumnMappingParser.Load(file);
            }
            foreach (var spec in request.Mappings)
                mapping = ColumnMappingParser.Merge(mapping ?? new ColumnMapping(), ColumnMappingParser.Parse(spec));
        }
        catch (FormatException e)
        {
            throw new RequestException(e.Message);
        }
        return mapping;
    }

    /// <summary>
    /// A folder stands for the files directly in it, or with <see cref="ImportRequest.Recursive"/> in its subfolders too
    /// (<see cref="ExportFolder"/>: hidden ones left out); those no format recognises are skipped and listed instead (an
    /// export folder often holds a README or a codebook, a Telegram export its photos).
    /// </summary>
    private static List<(string File, string? Folder, IPlatformImporter Importer)> Plan(ImportRequest request, List<string> skipped, InputSpool spool)
    {
        if (request.Paths.Count == 0) throw new RequestException(Messages.NoFilesToImport);
        IPlatformImporter? forced = null;
        if (request.Format is { } format)
            forced = ImporterRegistry.Find(format) ?? throw new RequestException(Messages.UnknownFormat(format, KnownFormats()));
        var plan = new List<(string, string?, IPlatformImporter)>();
        foreach (var arg in request.Paths)
        {
            if (Directory.Exists(arg))
            {
                var found = 0;
                foreach (var file in ExportFolder.Files(arg, request.Recursive))
                {
                    // 0 bytes: an empty file, or a named pipe or socket, which would block the import until written to.
                    if (new FileInfo(file).Length == 0) { skipped.Add(file); continue; }
                    var importer = forced ?? Detect(file);
                    if (importer is null) { skipped.Add(file); continue; }
                    plan.Add((file, arg, importer));
                    found++;
                }
                if (found == 0) throw new InvestigationException(Messages.FolderWithoutExports(arg, UnreadSubfolders(arg, request.Recursive), KnownFormats()));
                continue;
            }
            if (arg != InputSpool.StandardInput && !File.Exists(arg)) throw new InvestigationException(Messages.NoSuchFile(arg, "file"));
            var path = spool.Resolve(arg);
            if (forced is not null) { plan.Add((path, null, forced)); continue; }
            plan.Add((path, null, Detect(path) ?? throw new InvestigationException(Messages.UnrecognisedFile(arg, KnownFormats()))));
        }
        return plan;
    }

    /// <summary>Names the subfolders a non-recursive folder argument left unread, and how to read them.</summary>
    private static string UnreadSubfolders(string folder, bool recursive)
    {
        if (recursive) return "";
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
            throw new InvestigationException(e.Message.StartsWith(file, StringComparison.Ordinal) ? e.Message : Messages.CannotRead(file, e.Message), e);
        }
    }

    internal static string KnownFormats() => string.Join(", ", ImporterRegistry.All.Select(i => i.Format));

    /// <summary>Imports the plan, turning the first failure into a message naming its file.</summary>
    private static void ImportAll(InvestigationStore store, IReadOnlyList<(string File, string? Folder, IPlatformImporter Importer)> plan, ImportOptions options,
        Action<ImportSummary> onImported, CancellationToken cancellationToken)
    {
        try
        {
            ImportPipeline.ImportFiles(store, plan, options, onImported, cancellationToken);
        }
        catch (ImportFileException failure)
        {
            var file = failure.Path;
            switch (failure.InnerException)
            {
                case ImportRejectedException e:
                    throw new InvestigationException(Messages.RecordRejected(e.Message, file), e);
                case { } e when e is IOException or InvalidDataException or FormatException or DuckDBException or InvalidOperationException
                                    or UnauthorizedAccessException:
                    var reason = e.Message.StartsWith(file + ": ", StringComparison.Ordinal) ? e.Message[(file.Length + 2)..] : e.Message;
                    throw new InvestigationException(Messages.FileImportFailed(file, reason), e);
                default:
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure.InnerException ?? failure);
                    throw;
            }
        }
    }
}
