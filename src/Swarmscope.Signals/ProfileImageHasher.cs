using SkiaSharp;

namespace Swarmscope.Signals;

/// <summary>
/// Perceptual hashes of local profile-photo files (JPEG, PNG, WebP, GIF, BMP) decoded with SkiaSharp.
/// A file that is missing or does not decode yields null (unknown), never a made-up hash.
/// </summary>
public static class ProfileImageHasher
{
    private static readonly string[] Extensions = [".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp"];

    /// <summary>
    /// The most pixels decoded whole: 4096 × 4096 (64 MB as RGBA). A PNG of 65000 × 65000 is a few megabytes on disk
    /// and would need 16 GB decoded; a profile photo is a few hundred pixels across. Larger images are decoded at a
    /// reduced scale where the format allows it (JPEG), and otherwise not at all.
    /// </summary>
    public const long MaxPixels = 4096L * 4096;

    public static ulong? TryHashFile(string path) => TryHashFile(path, out _);

    /// <summary>The hash of a photo file, or null with <paramref name="problem"/> saying why (a message naming the file)
    /// when it is missing, unreadable, not an image, or too large to decode.</summary>
    public static ulong? TryHashFile(string path, out string? problem)
    {
        problem = null;
        if (!File.Exists(path)) return null;
        try
        {
            // The header alone gives the dimensions: check them before anything is decoded.
            using var codec = SKCodec.Create(path);
            if (codec is null) { problem = $"{path}: not an image Swarmscope can decode (JPEG, PNG, WebP, GIF, BMP); its photo signal is unknown"; return null; }
            // As SKBitmap.Decode does: the codec's own colour type, premultiplied, no colour space.
            var info = codec.Info;
            if (info.AlphaType == SKAlphaType.Unpremul) info.AlphaType = SKAlphaType.Premul;
            info.ColorSpace = null;
            var pixels = (long)info.Width * info.Height;
            if (pixels > MaxPixels)
            {
                // JPEG decodes at 1/2, 1/4 or 1/8 scale natively; other formats report their full size here.
                var scaled = info.Size;
                foreach (var scale in (ReadOnlySpan<float>)[0.5f, 0.25f, 0.125f])
                {
                    scaled = codec.GetScaledDimensions(scale);
                    if ((long)scaled.Width * scaled.Height <= MaxPixels) break;
                }
                if ((long)scaled.Width * scaled.Height > MaxPixels || scaled.Width <= 0 || scaled.Height <= 0)
                {
                    problem = $"{path}: a {info.Width:N0} x {info.Height:N0} image, larger than the {MaxPixels / 1_000_000.0:0.#} megapixels " +
                              "Swarmscope decodes; its photo signal is unknown (shrink it, e.g. to 512 x 512, to have it compared)";
                    return null;
                }
                info = info.WithSize(scaled.Width, scaled.Height);
            }
            using var bitmap = new SKBitmap(info);
            var result = codec.GetPixels(info, bitmap.GetPixels());
            if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
            {
                problem = $"{path}: the image does not decode ({result}); its photo signal is unknown";
                return null;
            }
            return Hash(bitmap);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            problem = $"{path}: cannot be read: {e.Message}";
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
