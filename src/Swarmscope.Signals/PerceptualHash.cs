using System.Numerics;

namespace Swarmscope.Signals;

/// <summary>
/// 64-bit difference hash (dHash): the image shrunk to 9×8 grey pixels, one bit per horizontally adjacent pair
/// (left brighter than right). Survives re-encoding, resizing and small crops, so a stolen photo re-uploaded on
/// another account lands within a few bits. Decoding images is the caller's job (any library that yields pixels).
/// </summary>
public static class PerceptualHash
{
    /// <summary>dHash of a greyscale image given row-major (width × height bytes), box-averaged down to 9×8.</summary>
    public static ulong DHash(ReadOnlySpan<byte> grey, int width, int height)
    {
        if (width <= 0 || height <= 0 || grey.Length < width * height) throw new ArgumentException("greyscale buffer is smaller than width × height");
        Span<double> small = stackalloc double[72];
        for (var y = 0; y < 8; y++)
        {
            int y0 = y * height / 8, y1 = Math.Max(y0 + 1, (y + 1) * height / 8);
            for (var x = 0; x < 9; x++)
            {
                int x0 = x * width / 9, x1 = Math.Max(x0 + 1, (x + 1) * width / 9);
                double sum = 0;
                var n = 0;
                for (var yy = y0; yy < y1 && yy < height; yy++)
                for (var xx = x0; xx < x1 && xx < width; xx++) { sum += grey[yy * width + xx]; n++; }
                small[y * 9 + x] = n == 0 ? 0 : sum / n;
            }
        }
        ulong hash = 0;
        for (var y = 0; y < 8; y++)
        for (var x = 0; x < 8; x++)
            if (small[y * 9 + x] > small[y * 9 + x + 1]) hash |= 1UL << (y * 8 + x);
        return hash;
    }

    public static int Hamming(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    public static string ToHex(ulong hash) => hash.ToString("x16");

    public static bool TryParseHex(string? text, out ulong hash) =>
        ulong.TryParse(text, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out hash);
}
