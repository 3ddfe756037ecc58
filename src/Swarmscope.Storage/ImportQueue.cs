using Swarmscope.Core;

namespace Swarmscope.Storage;

/// <summary>
/// Imports files in order, each its own transaction: hash each (a file imported before is skipped), let its reader
/// stream records into an <see cref="ImportBatch"/>, and commit. The store knows nothing of formats: each
/// <see cref="FileToImport"/> brings its own reader (the application layer's importers).
/// <para>
/// Files overlap at their boundaries: once file N is read, the calling thread hashes and reads file N+1 into a
/// bounded backlog while a store thread (<see cref="StoreWorker"/>) waits for file N's last row groups, commits it,
/// and only then starts file N+1's transaction. Both cores stay busy where one used to wait for the other.
/// </para>
/// </summary>
public static class ImportQueue
{
    /// <summary>Imports one file; throws what made it fail (nothing of it is kept then).</summary>
    public static ImportSummary ImportFile(InvestigationStore store, FileToImport file, bool force = false,
        Action<RejectedRecord>? onRejected = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return ImportFiles(store, [file], force, onRejected, cancellationToken: cancellationToken)[0];
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
    /// <param name="force">Import even when an identical file was imported before (the merge still adds nothing twice).</param>
    /// <param name="onRejected">Null: stop at the first bad record and keep nothing of that file. Otherwise called for each one and the import carries on.</param>
    public static IReadOnlyList<ImportSummary> ImportFiles(InvestigationStore store, IReadOnlyList<FileToImport> files,
        bool force = false, Action<RejectedRecord>? onRejected = null, Action<ImportSummary>? onImported = null,
        CancellationToken cancellationToken = default)
    {
        var summaries = new List<ImportSummary>(files.Count);
        ImportFileException? failure;
        using (var worker = new StoreWorker())
        {
            for (var i = 0; i < files.Count && !worker.FailedUpTo(i); i++)
            {
                var file = files[i];
                var path = file.Path;
                var index = i;
                ImportBatch? batch = null;
                try
                {
                    var source = ImportSource.FromFile(path, file.Format) with { Path = file.RecordedName ?? path };
                    var prepared = batch = store.PrepareImport(source, stopOnFirstRejected: onRejected is null, onRejected);
                    ImportSummary? earlier = null;
                    worker.Enqueue(index, path, () =>
                    {
                        if (worker.FailedUpTo(index)) { prepared.Skip(); return; }
                        if (!force && store.FindImport(source.Sha256) is { } before)
                        {
                            earlier = before with { Path = path };
                            prepared.Skip();
                            return;
                        }
                        try { prepared.Start(); }
                        catch { prepared.Skip(); throw; }
                    });
                    file.ReadRecords(prepared, cancellationToken);
                    cancellationToken.ThrowIfCancellationRequested();
                    if (onRejected is null && prepared.FirstRejected is { } bad) throw new ImportRejectedException(bad);
                    batch = null;
                    worker.Enqueue(index, path, () =>
                    {
                        if (earlier is null && worker.FailedUpTo(index)) { prepared.Dispose(); return; }
                        if (earlier is not null) prepared.Dispose();
                        // The caller knows its files by their paths, whatever name the store records.
                        var summary = earlier ?? prepared.Commit() with { Path = path };
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
}
