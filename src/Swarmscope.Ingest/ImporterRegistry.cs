using System.Reflection;

namespace Swarmscope.Ingest;

/// <summary>
/// Every importer in this assembly, found by reflection so that adding a format is adding one file.
/// Picks the format for a file by sniffing its first decompressed bytes; --format overrides.
/// </summary>
public static class ImporterRegistry
{
    private const int SniffBytes = 64 * 1024;

    public static readonly IReadOnlyList<IPlatformImporter> All = typeof(ImporterRegistry).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IPlatformImporter).IsAssignableFrom(t)
                    && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (IPlatformImporter)Activator.CreateInstance(t)!)
        .OrderBy(i => i.Format, StringComparer.Ordinal)
        .ToArray();

    public static IPlatformImporter? Find(string format) =>
        All.FirstOrDefault(i => string.Equals(i.Format, format, StringComparison.OrdinalIgnoreCase));

    /// <summary>Opens a file for reading as importers see it: gunzipped, UTF-16 turned into UTF-8 (<see cref="ExportStream"/>).</summary>
    public static Stream OpenDecompressed(string path) => ExportStream.Open(path);

    /// <summary>The best-matching importer for a file, or null when none is confident. Ties go to the more specific format.</summary>
    public static (IPlatformImporter? Importer, double Confidence) Detect(string path)
    {
        var head = new byte[SniffBytes];
        int length;
        using (var s = OpenDecompressed(path))
        {
            length = 0;
            int read;
            while (length < head.Length && (read = s.Read(head, length, head.Length - length)) > 0) length += read;
        }
        var name = Path.GetFileName(path);
        IPlatformImporter? best = null;
        var bestScore = 0.0;
        foreach (var importer in All)
        {
            double score;
            try { score = importer.Sniff(name, head.AsSpan(0, length)); }
            catch (Exception) { score = 0; }
            if (score > bestScore) { best = importer; bestScore = score; }
        }
        return bestScore >= 0.5 ? (best, bestScore) : (null, bestScore);
    }
}
