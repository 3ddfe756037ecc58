using System.Security.Cryptography;

namespace Swarmscope.Storage;

/// <summary>The file an import batch reads: recorded in the imports table and used to recognise a re-import.</summary>
public sealed record ImportSource(string Path, long Size, string Sha256, string Format)
{
    /// <summary>Describes a file on disk, hashing its raw (still compressed) bytes.</summary>
    public static ImportSource FromFile(string path, string format)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        var hash = SHA256.HashData(stream);
        return new ImportSource(path, stream.Length, Convert.ToHexStringLower(hash), format);
    }
}
