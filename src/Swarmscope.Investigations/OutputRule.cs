namespace Swarmscope.Investigations;

/// <summary>
/// The one rule for every file a job writes. Before anything is opened for writing, a target that resolves (after
/// links, of the file and of its folders) to the store, to an input of the job, or to a folder is refused. The file
/// itself is then written beside the target under a temporary name and renamed into place at the end
/// (<see cref="AtomicFile"/>), so a failed or killed job leaves the old file, never half of a new one.
/// </summary>
public static class OutputRule
{
    /// <summary>Throws <see cref="RequestException"/> when writing <paramref name="target"/> would destroy the store, an input, or a folder.</summary>
    /// <param name="what">What the file is, for the message ("scores file", "model file").</param>
    public static void RefuseTarget(string? target, string what, string? store, IEnumerable<string> inputs)
    {
        if (target is null) return;
        var real = RealPath(target);
        if (Directory.Exists(real)) throw new RequestException(Messages.OutputIsFolder(what, target));
        if (store is not null)
            foreach (var s in new[] { store, store + ".wal" })
                if (SamePath(real, s)) throw new RequestException(Messages.OutputWouldOverwrite(what, target, s, "the investigation store"));
        foreach (var input in inputs)
            if (SamePath(real, input)) throw new RequestException(Messages.OutputWouldOverwrite(what, target, input, "an input of this command"));
    }

    /// <summary>Refuses an output folder that is an existing file, or resolves to the store or an input.</summary>
    public static void RefuseFolder(string folder, string what, string? store, IEnumerable<string> inputs)
    {
        var real = RealPath(folder);
        if (File.Exists(real)) throw new RequestException(Messages.OutputFolderIsFile(what, folder));
        if (store is not null && SamePath(real, store)) throw new RequestException(Messages.OutputWouldOverwrite(what, folder, store, "the investigation store"));
        foreach (var input in inputs)
            if (SamePath(real, input)) throw new RequestException(Messages.OutputWouldOverwrite(what, folder, input, "an input of this command"));
    }

    private static bool SamePath(string real, string other) => string.Equals(real, RealPath(other), StringComparison.Ordinal);

    /// <summary>The absolute path with every link (of the file and of each folder on the way) followed to its final target.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            for (var hops = 0; hops < 40; hops++)
            {
                FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
                if (info.LinkTarget is not { } link) break;
                next = Path.GetFullPath(link, Path.GetDirectoryName(next) ?? root);
                next = RealPathOfParent(next);
            }
            current = next;
        }
        return current;
    }

    /// <summary>A link's target may itself lie under linked folders.</summary>
    private static string RealPathOfParent(string path)
    {
        var parent = Path.GetDirectoryName(path);
        return parent is null || parent == path ? path : Path.Combine(RealPath(parent), Path.GetFileName(path));
    }
}
