using SkiaSharp;
using Swarmscope.Core;
using Swarmscope.TestSupport;

namespace Swarmscope.Signals.Tests;

public class ProfileImageHasherTests
{
    private static void Draw(string path, int size, SKEncodedImageFormat format, bool other)
    {
        using var bitmap = new SKBitmap(size, size);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(other ? SKColors.DarkGreen : SKColors.White);
            using var paint = new SKPaint { IsAntialias = true };
            for (var i = 0; i < 6; i++)
            {
                paint.Color = new SKColor((byte)(40 * i), (byte)(other ? 200 - 30 * i : 30 * i), 120);
                if (other) canvas.DrawRect(size * i / 7f, size * (6 - i) / 8f, size / 5f, size / 6f, paint);
                else canvas.DrawCircle(size * (i + 1) / 8f, size * (i % 3 + 1) / 4f, size / 7f, paint);
            }
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 70);
        File.WriteAllBytes(path, data.ToArray());
    }

    /// <summary>A PNG header claiming 65000 x 65000 pixels (a decompression bomb: a few bytes on disk, 16 GB decoded).</summary>
    private static byte[] HugePngHeader(int width, int height)
    {
        var png = new List<byte>([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new List<byte>("IHDR"u8.ToArray());
        ihdr.AddRange(BigEndian(width));
        ihdr.AddRange(BigEndian(height));
        ihdr.AddRange([8, 2, 0, 0, 0]); // 8-bit RGB
        png.AddRange(BigEndian(13));
        png.AddRange(ihdr);
        png.AddRange(BigEndian((int)System.IO.Hashing.Crc32.HashToUInt32(ihdr.ToArray())));
        // A tiny zlib stream of zero rows that ends early: the decoder would need the whole image to say so.
        var idat = new List<byte>("IDAT"u8.ToArray()) { 0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01 };
        png.AddRange(BigEndian(idat.Count - 4));
        png.AddRange(idat);
        png.AddRange(BigEndian((int)System.IO.Hashing.Crc32.HashToUInt32(idat.ToArray())));
        return png.ToArray();
    }

    private static byte[] BigEndian(int v) => [(byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v];

    /// <summary>Issue 13: a 65000 x 65000 PNG crashed `score --photos`, and a 40000 x 40000 one took 2.1 GB. Its size is read
    /// from the header and the file is left out with a message naming it, before anything is decoded.</summary>
    [Fact]
    public void AnImageTooLargeToDecodeIsLeftOutWithAMessageNamingIt()
    {
        using var dir = new TempDirectory();
        var path = dir.File("bomb.png");
        File.WriteAllBytes(path, HugePngHeader(65000, 65000));
        var before = GC.GetTotalAllocatedBytes();
        Assert.Null(ProfileImageHasher.TryHashFile(path, out var problem));
        Assert.True(GC.GetTotalAllocatedBytes() - before < 50_000_000);
        Assert.NotNull(problem);
        Assert.Contains(path, problem);
        Assert.Contains("65,000 x 65,000", problem);

        // Through the signals: the account's photo is unknown and the warning reaches the caller.
        var warnings = new List<string>();
        var table = new SignalExtractor(new SignalOptions { PhotoFolder = dir.Path, OnWarning = warnings.Add })
            .Extract([Build.Account("bomb", handle: "bomb")], []);
        Assert.Single(table.Accounts);
        Assert.Contains(warnings, w => w.Contains("bomb.png"));
    }

    /// <summary>A large JPEG is still hashed, decoded at a reduced scale, and matches the same photo at a normal size.</summary>
    [Fact]
    public void ALargeJpegIsHashedAtAReducedScale()
    {
        using var dir = new TempDirectory();
        Draw(dir.File("big.jpg"), 4200, SKEncodedImageFormat.Jpeg, other: false);
        Draw(dir.File("small.png"), 200, SKEncodedImageFormat.Png, other: false);
        var big = ProfileImageHasher.TryHashFile(dir.File("big.jpg"), out var problem);
        Assert.Null(problem);
        Assert.True(PerceptualHash.Hamming(big!.Value, ProfileImageHasher.TryHashFile(dir.File("small.png"))!.Value) <= 4);
    }

    [Fact]
    public void ReencodedResizedPhotoIsNearAndADifferentPhotoIsFar()
    {
        using var dir = new TempDirectory();
        Draw(dir.File("alice.png"), 200, SKEncodedImageFormat.Png, other: false);
        Draw(dir.File("stolen.jpg"), 96, SKEncodedImageFormat.Jpeg, other: false);
        Draw(dir.File("bob.png"), 200, SKEncodedImageFormat.Png, other: true);
        dir.Write("broken.png", "not an image");
        var a = ProfileImageHasher.TryHashFile(dir.File("alice.png"))!.Value;
        var s = ProfileImageHasher.TryHashFile(dir.File("stolen.jpg"))!.Value;
        var b = ProfileImageHasher.TryHashFile(dir.File("bob.png"))!.Value;
        Assert.True(PerceptualHash.Hamming(a, s) <= 4, $"re-encoded copy {PerceptualHash.Hamming(a, s)} bits apart");
        Assert.True(PerceptualHash.Hamming(a, b) > 12, $"different photo only {PerceptualHash.Hamming(a, b)} bits apart");
        Assert.Null(ProfileImageHasher.TryHashFile(dir.File("broken.png")));
        Assert.Null(ProfileImageHasher.TryHashFile(dir.File("missing.png")));
    }

    [Fact]
    public void ExtractorHashesLocalPhotosAndFindsTheStolenOne()
    {
        using var dir = new TempDirectory();
        Draw(dir.File("alice.png"), 200, SKEncodedImageFormat.Png, other: false);
        Draw(dir.File("copy.jpg"), 120, SKEncodedImageFormat.Jpeg, other: false);
        Draw(dir.File("bob.png"), 200, SKEncodedImageFormat.Png, other: true);
        var table = Build.Extract([
            Build.Account("alice", image: null),
            Build.Account("fake1", image: "copy.jpg"),
            Build.Account("bob", image: null),
            Build.Account("evil", image: "../../etc/passwd"),
        ], options: new SignalOptions { PhotoFolder = dir.Path });
        Assert.Equal(1, table.Find(Platform.Twitter, "alice")!["shared_photo"].Value);
        Assert.Equal(1, table.Find(Platform.Twitter, "fake1")!["shared_photo"].Value);
        Assert.Equal(0, table.Find(Platform.Twitter, "bob")!["shared_photo"].Value);
        Assert.Null(table.Find(Platform.Twitter, "evil")!["shared_photo"].Value);
    }
}
