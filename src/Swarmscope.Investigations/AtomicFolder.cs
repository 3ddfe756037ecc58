namespace Swarmscope.Investigations;

/// <summary>
/// A folder of files written the way <see cref="OutputRule"/> asks: everything is first written into a hidden
/// temporary folder inside the target (same file system, so moves are renames), then each file is renamed into
/// place. A failed or killed job leaves the earlier files of the folder as they were.
/// </summary>
public static class AtomicFolder
{
    /// <summary>Creates the folder if missing, lets <paramref name="write"/> fill a temporary folder, then moves its files in.</summary>
    public static void Write(string folder, Action<string> write)
    {
        string temp;
        try
        {
            Directory.CreateDirectory(folder);
            temp = Path.Combine(folder, $".swarmscope-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
            Directory.CreateDirectory(temp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvestigationException(Messages.CannotWrite(folder, e.Message), e);
        }
        try
        {
            write(temp);
            foreach (var file in Directory.EnumerateFiles(temp))
                File.Move(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvestigationException(Messages.CannotWrite(folder, e.Message), e);
        }
        finally
        {
            try { Directory.Delete(temp, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
