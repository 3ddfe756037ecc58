namespace Swarmscope.Storage;

/// <summary>
/// One file of <see cref="ImportQueue.ImportFiles"/> failed: nothing of it (and nothing of the files after it) was
/// imported; the files before it were. The cause is the inner exception.
/// </summary>
public sealed class ImportFileException(string path, int index, Exception inner) : Exception($"{path}: {inner.Message}", inner)
{
    public string Path { get; } = path;

    /// <summary>The failed file's position in the list given to the import.</summary>
    public int Index { get; } = index;
}
