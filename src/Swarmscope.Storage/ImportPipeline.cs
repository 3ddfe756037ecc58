using Swarmscope.Core;
using Swarmscope.Ingest;

namespace Swarmscope.Storage;

/// <summary>
/// Imports files end to end: hash each (a file imported before is skipped), open it (gzip is transparent), stream it
/// through its importer into an <see cref="ImportBatch"/>, and commit. Each file is its own transaction, begun after
/// the previous file's commit; the importer parses on the calling thread while DuckDB's threads append.
/// <para>
/// Files overlap at their boundaries: once file N is parsed, the calling thread hashes and parses file N+1 into a
/// bounded backlog while a store thread (<see cref="StoreWorker"/>) waits for file N's last row groups, commits it,
/// and only then starts file N+1's transaction. Both cores stay busy where one used to wait for the other.
/// </para>
/// </summary>
public static class ImportPipeline
{
    /// <summary>Imports one file; throws what made it fail (nothing of it is kept then).</summary>
    public static ImportSummary ImportFile(InvestigationStore store, string path, IPlatformImporter importer, ImportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        try
        {
            return ImportFiles(store, [(path, importer)], options, cancellationToken: cancellationToken)[0];
        }
        catch (ImportFileException e) when (e.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
            throw;
        }
    }

    /// <summary>
    /// Imports the files in order and returns their summaries. At the first file that fails, throws
    /// <see cref="ImportFileException"/> naming it: the files before it are imported, it and the files after it not.
    /// <paramref name="onImported"/> is called (on the store thread) as each file is committed or found imported before.
    /// </summary>
    public static IReadOnlyList<ImportSummary> ImportFiles(InvestigationStore store, IReadOnlyList<(string Path, IPlatformImporter Importer)> files,
        ImportOptions? options = null, Action<ImportSummary>? onImported = null, CancellationToken cancellationToken = default)
    {
        options ??= new ImportOptions();
        var summaries = new List<ImportSummary>(files.Count);
        ImportFileException? failure;
        using (var worker = new StoreWorker())
        {
            for (var i = 0; i < files.Count && !worker.FailedUpTo(i); i++)
            {
                var (path, importer) = files[i];
                var index = i;
                ImportBatch? batch = null;
                try
                {
                    var source = ImportSource.FromFile(path, importer.Format);
                    var prepared = batch = store.PrepareImport(source, stopOnFirstRejected: options.OnRejected is null, options.OnRejected);
                    ImportSummary? earlier = null;
                    worker.Enqueue(index, path, () =>
                    {
                        if (worker.FailedUpTo(index)) { prepared.Skip(); return; }
                        if (!options.Force && store.FindImport(source.Sha256) is { } before)
                        {
                            earlier = before with { Path = path };
                            prepared.Skip();
                            return;
                        }
                        try { prepared.Start(); }
                        catch { prepared.Skip(); throw; }
                    });
                    Parse(prepared, path, importer, options, cancellationToken);
                    cancellationToken.ThrowIfCancellationRequested();
                    if (options.OnRejected is null && prepared.FirstRejected is { } bad) throw new ImportRejectedException(bad);
                    batch = null;
                    worker.Enqueue(index, path, () =>
                    {
                        if (earlier is null && worker.FailedUpTo(index)) { prepared.Dispose(); return; }
                        if (earlier is not null) prepared.Dispose();
                        var summary = earlier ?? prepared.Commit();
                        summaries.Add(summary);
                        onImported?.Invoke(summary);
                    });
                }
                catch (Exception e)
                {
                    worker.Fail(index, path, e);
                    if (batch is { } abandoned) worker.Enqueue(index, path, abandoned.Dispose);
                }
            }
            worker.Finish();
            failure = worker.Failure;
        }
        if (failure is not null) throw failure;
        return summaries;
    }

    private static void Parse(ImportBatch batch, string path, IPlatformImporter importer, ImportOptions options, CancellationToken cancellationToken)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var stream = ExportStream.Open(file, path, leaveOpen: true);
        options.Progress?.Start(path, batch, file);
        try
        {
            var context = new ImportContext
            {
                SourceFile = path,
                Mapping = options.Mapping,
                AssumedTimeZone = options.AssumedTimeZone ?? TimeZoneInfo.Utc,
            };
            importer.Import(stream, context, batch, cancellationToken);
        }
        finally
        {
            options.Progress?.Stop();
        }
    }
}
