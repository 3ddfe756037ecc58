using System.Text;

namespace Swarmscope.Simulation;

/// <summary>
/// Kazakh written in Cyrillic and in the Latin alphabet of 2021 (ä ğ q ñ ö ū ü ş, I ı for і, İ i for и/й): the
/// same sentence in two scripts, which farms and real users both mix. Used to vary simulated farm texts; the
/// mapping is letter by letter (Ц → ts, Ч → ch, Ю → iu, Я → ia; soft and hard signs dropped).
/// </summary>
public static class KazakhScript
{
    private static readonly Dictionary<char, string> CyrillicToLatin = new()
    {
        ['а'] = "a", ['ә'] = "ä", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['ғ'] = "ğ", ['д'] = "d", ['е'] = "e", ['ё'] = "io",
        ['ж'] = "j", ['з'] = "z", ['и'] = "i", ['й'] = "i", ['к'] = "k", ['қ'] = "q", ['л'] = "l", ['м'] = "m", ['н'] = "n",
        ['ң'] = "ñ", ['о'] = "o", ['ө'] = "ö", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ұ'] = "ū",
        ['ү'] = "ü", ['ф'] = "f", ['х'] = "h", ['һ'] = "h", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "ş", ['щ'] = "şş", ['ъ'] = "",
        ['ы'] = "y", ['і'] = "ı", ['ь'] = "", ['э'] = "e", ['ю'] = "iu", ['я'] = "ia",
    };

    /// <summary>True when the text has letters only Kazakh Cyrillic has (ә ғ қ ң ө ұ ү һ і).</summary>
    public static bool IsKazakhCyrillic(string text) => text.AsSpan().IndexOfAny("әғқңөұүһіӘҒҚҢӨҰҮҺІ") >= 0;

    /// <summary>The text with Cyrillic letters written in the Kazakh Latin alphabet; other characters unchanged.</summary>
    public static string ToLatin(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (!CyrillicToLatin.TryGetValue(lower, out var latin)) { sb.Append(c); continue; }
            if (latin.Length == 0) continue;
            if (c == lower) { sb.Append(latin); continue; }
            // Upper case: И/Й become İ (dotted capital), І becomes I; otherwise the first letter is capitalised.
            sb.Append(lower switch { 'и' or 'й' => "İ", 'і' => "I", _ => char.ToUpperInvariant(latin[0]) + latin[1..] });
        }
        return sb.ToString();
    }
}
