namespace Swarmscope.Ingest;

/// <summary>
/// The files a folder named for import stands for: those directly in it, or with <c>recursive</c> in its subfolders
/// too, sorted by path. Hidden files and folders (names starting with '.': .git, .DS_Store) are never exports;
/// symbolic links to folders are not followed (they can loop back), links to files are read.
/// </summary>
public static class ExportFolder
{
    public static List<string> Files(string folder, bool recursive)
    {
        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos())
            {
                if (entry.Name.StartsWith('.')) continue;
                var path = Path.Combine(dir, entry.Name);
                if (entry is not DirectoryInfo) files.Add(path);
                else if (recursive && entry.LinkTarget is null) pending.Push(path);
            }
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
