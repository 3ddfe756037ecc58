using SkiaSharp;

namespace Swarmscope.Signals;

/// <summary>
/// Perceptual hashes of local profile-photo files (JPEG, PNG, WebP, GIF, BMP) decoded with SkiaSharp.
/// A file that is missing or does not decode yields null (unknown), never a made-up hash.
/// </summary>
public static class ProfileImageHasher
{
    private static readonly string[] Extensions = [".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp"];

    public static ulong? TryHashFile(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            using var bitmap = SKBitmap.Decode(path);
            return bitmap is null ? null : Hash(bitmap);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    public static ulong Hash(SKBitmap bitmap)
    {
        // Shrink first (cheap, and averages noise), then take luma for the difference hash.
        var info = new SKImageInfo(36, 32, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var small = bitmap.Resize(info, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear)) ?? throw new ArgumentException("image could not be resized");
        var grey = new byte[info.Width * info.Height];
        for (var y = 0; y < info.Height; y++)
        for (var x = 0; x < info.Width; x++)
        {
            var c = small.GetPixel(x, y);
            grey[y * info.Width + x] = (byte)((299 * c.Red + 587 * c.Green + 114 * c.Blue) / 1000);
        }
        return PerceptualHash.DHash(grey, info.Width, info.Height);
    }

    /// <summary>
    /// The local photo file of an account: its <paramref name="imageRef"/> when that is an existing path (absolute
    /// or relative to <paramref name="folder"/>), else &lt;folder&gt;/&lt;id or handle&gt;.&lt;ext&gt;. Null when none exists.
    /// Names from the data are reduced to their file-name part so that they cannot point outside the folder.
    /// </summary>
    public static string? FindLocalFile(string folder, string? imageRef, string accountId, string? handle)
    {
        if (!string.IsNullOrEmpty(imageRef) && !imageRef.Contains("://", StringComparison.Ordinal))
        {
            if (Path.IsPathRooted(imageRef) && File.Exists(imageRef)) return imageRef;
            var inFolder = Path.Combine(folder, Path.GetFileName(imageRef));
            if (File.Exists(inFolder)) return inFolder;
        }
        foreach (var name in new[] { accountId, handle })
        {
            if (string.IsNullOrEmpty(name)) continue;
            var safe = Path.GetFileName(name);
            if (safe.Length == 0 || safe != name) continue;
            foreach (var ext in Extensions)
            {
                var candidate = Path.Combine(folder, safe + ext);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
