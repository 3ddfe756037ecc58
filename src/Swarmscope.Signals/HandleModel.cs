using System.IO.Compression;
using System.Reflection;

namespace Swarmscope.Signals;

/// <summary>
/// A character trigram model of ordinary handles with Witten-Bell interpolation (no tuned weights), learned from the
/// reference list of given names, surnames and common words shipped in Reference/ordinary-names.txt.gz — never from
/// the accounts under investigation, so a data set full of digests or of one farm's handles cannot redefine "ordinary".
/// A handle is lower-cased, its trailing digits dropped (handle_digits counts them) and its runs of letters scored as
/// words; its randomness is the mean surprise in bits per letter (end marks included).
/// </summary>
public sealed class HandleModel
{
    private const int Alphabet = 28; // a-z, start, end
    private const int Start = 26;
    private const int End = 27;
    /// <summary>
    /// Fewer letters than this say too little about how a handle was made: a short handle is an acronym or initials
    /// ("CNN", "AOC") as often as anything, and a trigram model cannot tell those from noise.
    /// </summary>
    public const int MinLetters = 6;

    private readonly int[] _uni = new int[Alphabet];
    private readonly int[] _bi = new int[Alphabet * Alphabet];
    private readonly int[] _tri = new int[Alphabet * Alphabet * Alphabet];
    private readonly int[] _biContext = new int[Alphabet];
    private readonly int[] _triContext = new int[Alphabet * Alphabet];
    private readonly int[] _biTypes = new int[Alphabet];
    private readonly int[] _triTypes = new int[Alphabet * Alphabet];
    private long _total;
    private int _uniTypes;

    private static readonly Lazy<HandleModel> LazyReference = new(LoadReference);

    /// <summary>The model learned from the shipped reference list, with its calibration.</summary>
    public static HandleModel Reference => LazyReference.Value;

    /// <summary>Median and robust scale of bits per letter over held-out ordinary handles (see <see cref="Train"/>).</summary>
    public SignalStatistics Calibration { get; private set; }

    private double[] _heldOutBits = [];

    /// <summary>Held-out ordinary handles the p-values are counted against.</summary>
    public int HeldOut => _heldOutBits.Length;

    /// <summary>
    /// The share of held-out ordinary handles at least as surprising as <paramref name="bitsPerLetter"/>, counted with
    /// the handle itself ((1 + more surprising) / (1 + held out)): an empirical one-sided p-value, never 0.
    /// </summary>
    public double UpperTailPValue(double bitsPerLetter)
    {
        var index = Array.BinarySearch(_heldOutBits, bitsPerLetter);
        if (index < 0) index = ~index;
        else while (index > 0 && _heldOutBits[index - 1] >= bitsPerLetter) index--;
        return (1.0 + _heldOutBits.Length - index) / (1.0 + _heldOutBits.Length);
    }

    /// <summary>Reference entries the model learned from.</summary>
    public int Entries { get; private set; }

    /// <summary>
    /// Learns from every entry except each tenth, which is held out: the held-out entries, alone and joined in pairs
    /// (in a fixed shuffled order, as handles join a first name and a surname or two words), are the ordinary handles
    /// against which a handle's randomness is tested (<see cref="UpperTailPValue"/>).
    /// </summary>
    public static HandleModel Train(IReadOnlyList<string> entries)
    {
        var model = new HandleModel();
        var heldOut = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (i % 10 == 9) heldOut.Add(entries[i]);
            else { model.Add(entries[i]); model.Entries++; }
        }
        model.Seal();
        var rng = new Random(20221);
        rng.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(heldOut));
        var bits = new List<double>(heldOut.Count * 2);
        for (var i = 0; i < heldOut.Count; i++)
        {
            if (model.BitsPerLetter(heldOut[i]) is var single && !double.IsNaN(single)) bits.Add(single);
            if (i + 1 < heldOut.Count && model.BitsPerLetter(heldOut[i] + heldOut[i + 1]) is var pair && !double.IsNaN(pair)) bits.Add(pair);
        }
        model._heldOutBits = bits.ToArray();
        Array.Sort(model._heldOutBits);
        model.Calibration = SignalStatistics.Fit(model._heldOutBits);
        return model;
    }

    private static HandleModel LoadReference()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Swarmscope.Signals.Reference.ordinary-names.txt.gz")
            ?? throw new InvalidOperationException("the handle reference list is not embedded in Swarmscope.Signals");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var entries = new List<string>(50_000);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) entries.Add(line);
        return Train(entries);
    }

    private static int Code(char c)
    {
        c = char.ToLowerInvariant(c);
        return c is >= 'a' and <= 'z' ? c - 'a' : -1;
    }

    private void Add(string word)
    {
        int a = Start, b = Start;
        for (var i = 0; i <= word.Length; i++)
        {
            var c = i < word.Length ? Code(word[i]) : End;
            if (c < 0) continue;
            _uni[c]++;
            _total++;
            _bi[b * Alphabet + c]++;
            _biContext[b]++;
            _tri[(a * Alphabet + b) * Alphabet + c]++;
            _triContext[a * Alphabet + b]++;
            a = b;
            b = c;
        }
    }

    /// <summary>Counts the distinct continuations of each context, which Witten-Bell uses as the weight of the back-off.</summary>
    private void Seal()
    {
        for (var c = 0; c < Alphabet; c++) if (_uni[c] > 0) _uniTypes++;
        for (var b = 0; b < Alphabet; b++)
        for (var c = 0; c < Alphabet; c++)
            if (_bi[b * Alphabet + c] > 0) _biTypes[b]++;
        for (var ab = 0; ab < Alphabet * Alphabet; ab++)
        for (var c = 0; c < Alphabet; c++)
            if (_tri[ab * Alphabet + c] > 0) _triTypes[ab]++;
    }

    private double Probability(int a, int b, int c)
    {
        // Witten-Bell: P(c | ctx) = (count(ctx c) + T(ctx) · P(c | shorter ctx)) / (count(ctx) + T(ctx)).
        var p = (_uni[c] + _uniTypes * (1.0 / Alphabet)) / (_total + _uniTypes);
        var bc = _biContext[b];
        if (bc > 0) p = (_bi[b * Alphabet + c] + _biTypes[b] * p) / (bc + _biTypes[b]);
        var ab = a * Alphabet + b;
        var tc = _triContext[ab];
        if (tc > 0) p = (_tri[ab * Alphabet + c] + _triTypes[ab] * p) / (tc + _triTypes[ab]);
        return p;
    }

    /// <summary>
    /// Mean surprise of <paramref name="handle"/> in bits per letter: lower-cased, trailing digits dropped, each run of
    /// letters a-z scored as a word from its start to its end. NaN when fewer than <see cref="MinLetters"/> letters remain.
    /// </summary>
    public double BitsPerLetter(string handle)
    {
        var end = handle.Length;
        while (end > 0 && char.IsAsciiDigit(handle[end - 1])) end--;
        double bits = 0;
        int letters = 0, symbols = 0;
        int a = Start, b = Start;
        var inRun = false;
        for (var i = 0; i <= end; i++)
        {
            var c = i < end ? Code(handle[i]) : -1;
            if (c >= 0)
            {
                bits -= Math.Log2(Probability(a, b, c));
                letters++;
                symbols++;
                a = b;
                b = c;
                inRun = true;
            }
            else if (inRun)
            {
                bits -= Math.Log2(Probability(a, b, End));
                symbols++;
                a = Start;
                b = Start;
                inRun = false;
            }
        }
        return letters < MinLetters ? double.NaN : bits / symbols;
    }

    /// <summary>Digits at the end of a handle: "anna84736251" → 8.</summary>
    public static int TrailingDigits(string handle)
    {
        var n = 0;
        for (var i = handle.Length - 1; i >= 0 && char.IsAsciiDigit(handle[i]); i--) n++;
        return n == handle.Length ? 0 : n; // an all-digit handle is a numeric id, not "name + digits"
    }
}
