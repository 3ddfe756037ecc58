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
