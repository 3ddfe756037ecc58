namespace Swarmscope.Signals;

/// <summary>
/// A character trigram model of the handles in the dataset itself, with interpolated back-off. A handle's
/// randomness is its mean surprise in bits per character; each handle is scored leave-one-out (its own counts
/// removed) so a handle cannot vouch for itself.
/// </summary>
public sealed class HandleModel
{
    private const int Alphabet = 40; // a-z, 0-9, '_', other, start, end
    private const int Start = 38;
    private const int End = 39;
    private readonly int[] _uni = new int[Alphabet];
    private readonly int[] _bi = new int[Alphabet * Alphabet];
    private readonly int[] _biContext = new int[Alphabet];
    private readonly int[] _tri = new int[Alphabet * Alphabet * Alphabet];
    private readonly int[] _triContext = new int[Alphabet * Alphabet];
    private long _total;

    public int HandleCount { get; private set; }

    public void Add(string handle) { Update(handle, +1); HandleCount++; }

    private static int Code(char c)
    {
        c = char.ToLowerInvariant(c);
        if (c is >= 'a' and <= 'z') return c - 'a';
        if (c is >= '0' and <= '9') return 26 + (c - '0');
        return c == '_' ? 36 : 37;
    }

    private void Update(string handle, int delta)
    {
        int a = Start, b = Start;
        for (var i = 0; i <= handle.Length; i++)
        {
            var c = i < handle.Length ? Code(handle[i]) : End;
            _uni[c] += delta;
            _total += delta;
            _bi[b * Alphabet + c] += delta;
            _biContext[b] += delta;
            _tri[(a * Alphabet + b) * Alphabet + c] += delta;
            _triContext[a * Alphabet + b] += delta;
            a = b;
            b = c;
        }
    }

    /// <summary>Bits per character of <paramref name="handle"/>; when <paramref name="leaveOut"/> the handle must have been added.</summary>
    public double BitsPerCharacter(string handle, bool leaveOut = true)
    {
        if (leaveOut) Update(handle, -1);
        try
        {
            double bits = 0;
            int a = Start, b = Start;
            for (var i = 0; i <= handle.Length; i++)
            {
                var c = i < handle.Length ? Code(handle[i]) : End;
                // Interpolated back-off: trigram, bigram, unigram, uniform. Weights of empty contexts go to the next level.
                double p = 0, weight = 1;
                var tc = _triContext[a * Alphabet + b];
                if (tc > 0) { p += 0.6 * _tri[(a * Alphabet + b) * Alphabet + c] / (double)tc; weight -= 0.6; }
                var bc = _biContext[b];
                if (bc > 0) { var w = weight * 0.75; p += w * _bi[b * Alphabet + c] / (double)bc; weight -= w; }
                if (_total > 0) { var w = weight * 0.9; p += w * _uni[c] / (double)_total; weight -= w; }
                p += weight / Alphabet;
                bits -= Math.Log2(p);
                a = b;
                b = c;
            }
            return bits / (handle.Length + 1);
        }
        finally
        {
            if (leaveOut) Update(handle, +1);
        }
    }

    /// <summary>Digits at the end of a handle: "anna84736251" → 8.</summary>
    public static int TrailingDigits(string handle)
    {
        var n = 0;
        for (var i = handle.Length - 1; i >= 0 && char.IsAsciiDigit(handle[i]); i--) n++;
        return n == handle.Length ? 0 : n; // an all-digit handle is a numeric id, not "name + digits"
    }
}
