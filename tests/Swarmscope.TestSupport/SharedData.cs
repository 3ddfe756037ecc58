namespace Swarmscope.TestSupport;

/// <summary>
/// Locates ../shared/data (the real public data beside the repository). Tests that need it use
/// <see cref="SharedDataFactAttribute"/> and are skipped with a clear message when it is absent.
/// </summary>
public static class SharedData
{
    public static readonly string? Root = Find();

    public static string Path(string relative) =>
        Root is null ? throw new InvalidOperationException("shared data is absent") : System.IO.Path.Combine(Root, relative);

    public static bool Exists(string relative) => Root is not null && (File.Exists(Path(relative)) || Directory.Exists(Path(relative)));

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("SWARMSCOPE_SHARED_DATA");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate) && dir.Name != "main") return candidate;
            var sibling = System.IO.Path.Combine(dir.FullName, "..", "shared", "data");
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Swarmscope.slnx")) && Directory.Exists(sibling))
                return System.IO.Path.GetFullPath(sibling);
        }
        return null;
    }
}
