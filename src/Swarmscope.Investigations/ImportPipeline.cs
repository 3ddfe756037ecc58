using Swarmscope.Ingest;
using Swarmscope.Storage;

namespace Swarmscope.Investigations;

/// <summary>
/// Reads exports through their importers (Ingest) into the store (Storage's <see cref="ImportQueue"/>): each file is
/// opened once (gzip, zip and UTF-16 undone by <see cref="ExportStream"/>) and parsed on the calling thread while the
/// store commits the file before it.
/// </summary>
public static class ImportPipeline
{
    /// <summary>Imports one file; throws what made it fail (nothing of it is kept then).</summary>
    /// <remarks>The store records the file by its name only (<see cref="RecordedName"/>).</remarks>
    public static ImportSummary ImportFile(InvestigationStore store, string path, IPlatformImporter importer, ImportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new ImportOptions();
        return ImportQueue.ImportFile(store, ToImport(path, RecordedName(path, null), importer, options), options.Force, options.OnRejected, cancellationToken);
    }

    /// <summary>
    /// Imports the files in order and returns their summaries. At the first file that fails, throws
    /// <see cref="ImportFileException"/> naming it: the files before it are imported, it and the files after it not.
    /// <paramref name="onImported"/> is called (on the store thread) as each file is committed or found imported before.
    /// </summary>
    /// <param name="files">Each file with the folder the analyst named for it (null when the file was named itself): the store records the file relative to that folder (<see cref="RecordedName"/>).</param>
    public static IReadOnlyList<ImportSummary> ImportFiles(InvestigationStore store, IReadOnlyList<(string Path, string? Folder, IPlatformImporter Importer)> files,
        ImportOptions? options = null, Action<ImportSummary>? onImported = null, CancellationToken cancellationToken = default)
    {
        options ??= new ImportOptions();
        var queued = new FileToImport[files.Count];
        for (var i = 0; i < files.Count; i++) queued[i] = ToImport(files[i].Path, RecordedName(files[i].Path, files[i].Folder), files[i].Importer, options);
        return ImportQueue.ImportFiles(store, queued, options.Force, options.OnRejected, onImported, cancellationToken);
    }

    /// <summary>
    /// The name the store records for a file (imports.path, the provenance of its records): relative to the folder the
    /// analyst named ("ira_tweets_1.csv", "2024/march.json" with --recursive), or the file's own name when the analyst
    /// named the file. Never the absolute path: a store is shared, and the analyst's folders are nobody's business.
    /// </summary>
    public static string RecordedName(string path, string? folder)
    {
        var name = folder is null ? Path.GetFileName(path) : Path.GetRelativePath(folder, path);
        return Path.DirectorySeparatorChar == '/' ? name : name.Replace(Path.DirectorySeparatorChar, '/');
    }

    private static FileToImport ToImport(string path, string recordedName, IPlatformImporter importer, ImportOptions options) =>
        new(path, importer.Format, (batch, cancellationToken) => Parse(batch, path, recordedName, importer, options, cancellationToken), recordedName);

    private static void Parse(ImportBatch batch, string path, string recordedName, IPlatformImporter importer, ImportOptions options, CancellationToken cancellationToken)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var stream = ExportStream.Open(file, path, leaveOpen: true);
        options.Progress?.Start(path, batch, file);
        try
        {
            var context = new ImportContext
            {
                SourceFile = recordedName,
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
