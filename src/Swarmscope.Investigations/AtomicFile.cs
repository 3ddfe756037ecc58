namespace Swarmscope.Investigations;

/// <summary>
/// A file written under a temporary name beside its target and renamed into place by <see cref="Commit"/>; disposed
/// without a commit, the temporary file is deleted and the target left as it was.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private readonly string _temp;
    private bool _committed;

    public string Target { get; }
    public FileStream Stream { get; }

    private AtomicFile(string target, string temp, FileStream stream)
    {
        Target = target;
        _temp = temp;
        Stream = stream;
    }

    /// <summary>Creates the temporary file (and the target's folder if missing). I/O failures become messages naming the target.</summary>
    public static AtomicFile Create(string target)
    {
        var full = Path.GetFullPath(target);
        var folder = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            return new AtomicFile(full, temp, new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvestigationException(Messages.CannotWrite(target, e.Message), e);
        }
    }

    /// <summary>Writes a whole text file atomically.</summary>
    public static void WriteText(string target, Action<TextWriter> write)
    {
        using var file = Create(target);
        using (var writer = new StreamWriter(file.Stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true)) write(writer);
        file.Commit();
    }

    public void Commit()
    {
        try
        {
            Stream.Flush(flushToDisk: false);
            Stream.Dispose();
            File.Move(_temp, Target, overwrite: true);
            _committed = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvestigationException(Messages.CannotWrite(Target, e.Message), e);
        }
    }

    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed) try { File.Delete(_temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
