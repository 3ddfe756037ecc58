using DuckDB.NET.Data;
using Swarmscope.Storage;

namespace Swarmscope.Investigations;

/// <summary>Opens investigation stores for the use cases, turning the store's failures into messages for the user.</summary>
internal static class Stores
{
    /// <summary>Opens (or creates) a store to write into.</summary>
    public static InvestigationStore OpenForWriting(string path)
    {
        // A mistyped folder would otherwise be created silently and the import land where no one looks.
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            throw new InvestigationException(Messages.StoreFolderMissing(path, Path.GetDirectoryName(path) is { Length: > 0 } named ? named : folder));
        try { return InvestigationStore.Open(path); }
        catch (InvestigationFileException e) { throw new InvestigationException(e.Message, e); }
        catch (DuckDBException e) { throw new InvestigationException(Messages.CannotOpenStore(path, e.Message), e); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new InvestigationException(Messages.CannotOpenStore(path, e.Message), e); }
    }

    /// <summary>Opens an existing store for a job that only reads it.</summary>
    public static InvestigationStore OpenForReading(string path)
    {
        if (Directory.Exists(path)) throw new InvestigationException(Messages.StoreIsFolder(path));
        if (!File.Exists(path)) throw new InvestigationException(Messages.NoSuchStore(path));
        try { return InvestigationStore.OpenReadOnly(path); }
        catch (InvestigationFileException e) { throw new InvestigationException(e.Message, e); }
        catch (DuckDBException e) { throw new InvestigationException(Messages.CannotOpenStore(path, e.Message), e); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new InvestigationException(Messages.CannotOpenStore(path, e.Message), e); }
    }

    /// <summary>Runs a read of the store, turning DuckDB's failures and unreadable stored findings into messages naming the store.</summary>
    public static T Reading<T>(string path, Func<T> read)
    {
        try { return read(); }
        catch (DuckDBException e) { throw new InvestigationException(Messages.CannotReadStore(path, e.Message), e); }
        catch (InvalidDataException e) { throw new InvestigationException($"{path}: {e.Message}", e); }
    }

    /// <summary>Runs a write into the store (a run and its findings), turning DuckDB's failures into a message naming the store.</summary>
    public static T Writing<T>(string path, Func<T> write)
    {
        try { return write(); }
        catch (DuckDBException e) { throw new InvestigationException(Messages.CannotWriteStore(path, e.Message), e); }
    }
}
