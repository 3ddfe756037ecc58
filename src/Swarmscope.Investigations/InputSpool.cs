namespace Swarmscope.Investigations;

/// <summary>
/// Standard input and pipes as import files. An import reads its file more than once (format detection, then the
/// import with its SHA-256 for idempotency), which a pipe cannot do, so standard input (<c>-</c> or
/// <c>/dev/stdin</c>), a named pipe or any other stream that cannot seek is first copied to a spool file in a private
/// temporary folder, named like its source, and deleted when the import ends.
/// </summary>
public sealed class InputSpool : IDisposable
{
    /// <summary>The argument that names standard input.</summary>
    public const string StandardInput = "-";

    private string? _folder;

    /// <summary>
    /// The file an importer can read for <paramref name="path"/>: the path itself for a file that can seek, or a
    /// spool copy of a pipe. A regular file of 0 bytes is refused: there is nothing to import, and a format forced on
    /// it used to report 0 records as success.
    /// </summary>
    public string Resolve(string path)
    {
        var source = path == StandardInput ? "/dev/stdin" : path;
        FileStream stream;
        try { stream = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvestigationException(Messages.CannotRead(Label(path), e.Message), e);
        }
        using (stream)
        {
            if (stream.CanSeek)
            {
                if (stream.Length == 0) throw new InvestigationException(Messages.EmptyInput(Label(path)));
                return source;
            }
            _folder ??= Directory.CreateTempSubdirectory("swarmscope-stdin-").FullName;
            var name = path == StandardInput || source == "/dev/stdin" ? "stdin" : Path.GetFileName(path);
            var spool = Path.Combine(_folder, string.IsNullOrEmpty(name) ? "stdin" : name);
            for (var n = 2; File.Exists(spool); n++) spool = Path.Combine(_folder, $"{name}-{n}");
            try
            {
                using var copy = new FileStream(spool, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
                stream.CopyTo(copy, 1 << 16);
            }
            catch (IOException e)
            {
                throw new InvestigationException(Messages.CannotRead(Label(path), e.Message), e);
            }
            if (new FileInfo(spool).Length == 0) throw new InvestigationException(Messages.EmptyInput(Label(path)));
            return spool;
        }
    }

    private static string Label(string path) => path == StandardInput ? "standard input" : path;

    public void Dispose()
    {
        if (_folder is null) return;
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a temporary folder left behind is no reason to fail an import */ }
        _folder = null;
    }
}
