namespace Swarmscope.Text;

/// <summary>
/// Folds words written in Cyrillic (Russian, Kazakh) or Latin (English, the Kazakh Latin alphabets of 2017, 2018
/// and 2021, informal ASCII such as "Qazaqstan") to one Latin comparison key, so the same message in either script
/// gives the same key ("Қазақстан", "Qazaqstan", "Qazaqstan" with a Cyrillic а → "kazakstan"). The full table and its
/// sources are in docs/text.md.
/// </summary>
/// <remarks>
/// Per word: look-alike letters (Latin a / Cyrillic а, …) take the script of the word's unambiguous letters, else of
/// the whole text, else Latin; then each letter maps to its key letter; then digraphs and doubled i collapse
/// (sh→ş, ch→ç, zh→j, kh→h, gh→g, ng→n, ii→i, iotated ye→e after a vowel or at a word start), so a letter whose romanisation differs between alphabets or
/// writers gives the same key in every variant. The key is lossy by design (Kazakh ы/і/и/й all → i; ұ/ү/у → u;
/// қ/к/q → k): it is for matching, never for display.
/// </remarks>
public static class ScriptFolding
{
    /// <summary>The most key characters one input character can produce (ц → ts, ю → iu, я → ia).</summary>
    public const int MaxExpansion = 2;

    internal enum Kind : byte { Other, Latin, Cyrillic, AmbiguousLatin, AmbiguousCyrillic }

    private const int TableSize = 0x0530;
    private static readonly Kind[] Kinds = new Kind[TableSize];
    private static readonly char[] Twin = new char[TableSize];
    /// <summary>Key of a lower-case letter: up to two chars packed (second in the high 16 bits); 0 = drop.</summary>
    private static readonly uint[] KeyOf = new uint[TableSize];

    static ScriptFolding()
    {
        for (var c = 'a'; c <= 'z'; c++) { Kinds[c] = Kind.Latin; Kinds[char.ToUpperInvariant(c)] = Kind.Latin; }
        for (var c = '\u0400'; c <= '\u04FF'; c++) if (char.IsLetter(c)) Kinds[c] = Kind.Cyrillic;
        for (var c = '\u00C0'; c < '\u0250'; c++) if (char.IsLetter(c)) Kinds[c] = Kind.Latin;
        Kinds['\u0259'] = Kinds['\u018F'] = Kind.Latin; // ə Ə
        Kinds['\u0275'] = Kinds['\u019F'] = Kind.Latin; // ɵ Ɵ
        Kinds['\u0261'] = Kind.Latin; // ɡ

        // Look-alike pairs (Latin, Cyrillic), case-sensitive: some letters look alike only in one case (H/Н, but h/һ).
        (char Latin, char Cyrillic)[] pairs =
        [
            ('A', 'А'), ('a', 'а'), ('B', 'В'), ('C', 'С'), ('c', 'с'), ('E', 'Е'), ('e', 'е'), ('Ë', 'Ё'), ('ë', 'ё'),
            ('H', 'Н'), ('h', 'һ'), ('I', 'І'), ('i', 'і'), ('Ï', 'Ї'), ('ï', 'ї'), ('J', 'Ј'), ('j', 'ј'), ('K', 'К'),
            ('k', 'к'), ('M', 'М'), ('O', 'О'), ('o', 'о'), ('P', 'Р'), ('p', 'р'), ('S', 'Ѕ'), ('s', 'ѕ'), ('T', 'Т'),
            ('X', 'Х'), ('x', 'х'), ('Y', 'У'), ('y', 'у'), ('Ə', 'Ә'), ('ə', 'ә'), ('d', 'ԁ'), ('Q', 'Ԛ'), ('q', 'ԛ'),
            ('W', 'Ԝ'), ('w', 'ԝ'), ('Ɵ', 'Ө'), ('ɵ', 'ө'),
        ];
        foreach (var (lat, cyr) in pairs)
        {
            Kinds[lat] = Kind.AmbiguousLatin; Twin[lat] = cyr;
            Kinds[cyr] = Kind.AmbiguousCyrillic; Twin[cyr] = lat;
        }
        // One-way look-alikes: Cyrillic letters that pass for a Latin one inside a Latin word.
        foreach (var (cyr, lat) in new[] { ('Ү', 'Y'), ('ү', 'y'), ('Ӏ', 'l'), ('ӏ', 'l') })
        {
            Kinds[cyr] = Kind.AmbiguousCyrillic; Twin[cyr] = lat;
        }

        // Latin letters → key.
        for (var c = 'a'; c <= 'z'; c++) KeyOf[c] = c;
        Set("q", 'k'); Set("w", 'u'); Set("y", 'i');
        Set("áäàâãåāăą", 'a'); Set("ə", 'a');
        Set("ǵğĝģġ", 'g'); Set("ńñňņŋ", 'n'); Set("óöôòõøōő", 'o'); Set("ɵ", 'o');
        Set("úüūùûůűų", 'u'); Set("ý", 'u'); Set("ÿ", 'i');
        Set("şśšș", 'ş'); Set("çćč", 'ç'); Set("ıíìîïīįi", 'i'); Set("éèêëēěėę", 'e');
        Set("ž", 'j'); Set("źż", 'z'); Set("ďđ", 'd'); Set("ľĺł", 'l'); Set("řŕ", 'r'); Set("ťţț", 't');
        Set("ɡ", 'g'); Set("ſ", 's'); Set("ß", 's');

        // Cyrillic letters → key.
        const string cyr1 = "аәбвгғдеёжзийіїыкқлмнңоөпрстуұүфхһчшщэјѕԁӏԛԝєґў";
        const string key1 = "aabvggdeejziiiiikklmnnooprstuuufhhçşşejsdlkueguu";
        for (var i = 0; i < cyr1.Length; i++) KeyOf[cyr1[i]] = key1[i];
        KeyOf['ц'] = Pack('t', 's'); KeyOf['ю'] = Pack('i', 'u'); KeyOf['я'] = Pack('i', 'a');
        KeyOf['ъ'] = 0; KeyOf['ь'] = 0;
    }

    private static void Set(string letters, char key) { foreach (var c in letters) KeyOf[c] = key; }
    private static uint Pack(char a, char b) => a | ((uint)b << 16);

    /// <summary>True for the apostrophe-like characters the 2017 Kazakh Latin alphabet writes after a letter (a', s', y'…).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC' or '\u2018' or '\u00B4' or '`' or '\u2032' or '\u02B9';

    internal static Kind KindOf(char c) => c < TableSize ? Kinds[c] : Kind.Other;

    /// <summary>Which script a text's unambiguous letters mostly belong to: +1 Cyrillic, −1 Latin, 0 no evidence.</summary>
    public static int DominantScript(ReadOnlySpan<char> text)
    {
        var balance = 0;
        foreach (var c in text)
        {
            var k = KindOf(c);
            if (k == Kind.Cyrillic) balance++;
            else if (k == Kind.Latin) balance--;
        }
        return Math.Sign(balance);
    }

    /// <summary>
    /// Folds one word (letters, and apostrophes inside or after it) into <paramref name="output"/>; returns the number
    /// of key chars written (at most <see cref="MaxExpansion"/> × word length). <paramref name="textScript"/> is
    /// <see cref="DominantScript"/> of the whole text, used when the word itself has no unambiguous letters.
    /// </summary>
    public static int FoldWord(ReadOnlySpan<char> word, int textScript, Span<char> output)
    {
        var cyrillic = IsCyrillicWord(word, textScript);

        var n = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (IsApostrophe(c)) continue;
            var kind = KindOf(c);
            if ((kind == Kind.AmbiguousLatin && cyrillic) || (kind == Kind.AmbiguousCyrillic && !cyrillic)) c = Twin[c];
            var lower = char.ToLowerInvariant(c);
            if (c == '\u0130') lower = 'i'; // İ
            uint key = lower < TableSize ? KeyOf[lower] : lower;
            if (lower < TableSize && key == 0 && KindOf(lower) == Kind.Other) key = lower; // digits, marks: kept
            if (!cyrillic && i + 1 < word.Length && IsApostrophe(word[i + 1]))
            {
                // 2017 alphabet: s' = ш, c' = ч, y' = у; a' g' n' o' u' i' are their base letter in the key.
                key = lower switch { 's' => 'ş', 'c' => 'ç', 'y' => 'u', _ => key };
            }
            if (key == 0) continue;
            n = Append(output, n, (char)(key & 0xFFFF));
            if (key > 0xFFFF) n = Append(output, n, (char)(key >> 16));
        }
        return n;
    }

    /// <summary>
    /// Whether a word is read as Cyrillic: by its unambiguous letters (Cyrillic-only against Latin-only), else by the
    /// text's script (<see cref="DominantScript"/>: +1 Cyrillic), else Latin.
    /// </summary>
    public static bool IsCyrillicWord(ReadOnlySpan<char> word, int textScript)
    {
        var balance = 0;
        foreach (var c in word)
        {
            var k = KindOf(c);
            if (k == Kind.Cyrillic) balance++;
            else if (k == Kind.Latin) balance--;
        }
        return balance > 0 || (balance == 0 && textScript > 0);
    }

    /// <summary>
    /// Writes the word in one script: look-alikes replaced by their twin in the word's script, lower-cased,
    /// apostrophes dropped. This is what a stemmer for that script reads. Returns the length (≤ word length).
    /// </summary>
    public static int ResolveWord(ReadOnlySpan<char> word, bool cyrillic, Span<char> output)
    {
        var n = 0;
        foreach (var ch in word)
        {
            var c = ch;
            if (IsApostrophe(c)) continue;
            var kind = KindOf(c);
            if ((kind == Kind.AmbiguousLatin && cyrillic) || (kind == Kind.AmbiguousCyrillic && !cyrillic)) c = Twin[c];
            output[n++] = c == '\u0130' ? 'i' : char.ToLowerInvariant(c);
        }
        return n;
    }

    /// <summary>Kazakh-only Cyrillic letters (ә ғ қ ң ө ұ ү һ і), which Russian never uses.</summary>
    public static bool IsKazakhCyrillicLetter(char c) => c is 'ә' or 'ғ' or 'қ' or 'ң' or 'ө' or 'ұ' or 'ү' or 'һ' or 'і'
        or 'Ә' or 'Ғ' or 'Қ' or 'Ң' or 'Ө' or 'Ұ' or 'Ү' or 'Һ' or 'І';

    /// <summary>Letters of the Kazakh Latin alphabets that English does not use (2018 acutes, 2021 diacritics).</summary>
    public static bool IsKazakhLatinLetter(char c) => char.ToLowerInvariant(c) is 'ä' or 'ğ' or 'ñ' or 'ş' or 'ū' or 'ü' or 'ı' or 'ö'
        or 'á' or 'ǵ' or 'ń' or 'ó' or 'ú' or 'ý';

    /// <summary>Appends a key char, collapsing the digraphs that writers and alphabets use for one Kazakh/Russian letter.</summary>
    private static int Append(Span<char> o, int n, char c)
    {
        if (n > 0)
        {
            var prev = o[n - 1];
            var merged = (prev, c) switch
            {
                ('s', 'h') => 'ş',
                ('c', 'h') => 'ç',
                ('z', 'h') => 'j',
                ('k', 'h') => 'h',
                ('g', 'h') => 'g',
                ('n', 'g') => 'n',
                ('i', 'i') => 'i',
                _ => '\0',
            };
            if (merged != '\0') { o[n - 1] = merged; return n; }
            // An iotating y/i before e at a word start or after a vowel ("Tokayev", "Yerlan") is how Latin writes
            // Cyrillic е there (Токаев, Ерлан).
            if (c == 'e' && prev == 'i' && (n == 1 || IsVowel(o[n - 2]))) { o[n - 1] = 'e'; return n; }
        }
        o[n] = c;
        return n + 1;
    }

    private static bool IsVowel(char k) => k is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>True when <paramref name="c"/> belongs to a word for folding: a letter of any script, or a digit.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
