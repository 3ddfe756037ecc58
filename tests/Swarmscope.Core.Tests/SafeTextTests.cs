using System.Text;
using Swarmscope.Core.Csv;

namespace Swarmscope.Core.Tests;

/// <summary>Hostile strings through each destination's sanitiser: nothing that can act on a terminal, reorder a line
/// or break out of the format survives, and CSV reads back exactly.</summary>
public class SafeTextTests
{
    /// <summary>Strings an attacker can put in a handle or a post text.</summary>
    public static readonly string[] Hostile =
    [
        "\u001b[2J\u001b[31mALL CLEAR\u001b[0m",        // clear screen, recolour
        "\u001b]0;pwned\u0007",                           // set the terminal title (OSC)
        "\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\", // hyperlink
        "bot\u202Egnp.exe",                               // right-to-left override
        "\u2067admin\u2069 \u202Dx\u202C \u202A\u202B",   // isolates, embeddings
        "line one\nfake: import succeeded\r\n",          // fake output lines
        "\u009b31m C1 CSI and \u0085 NEL and \u007f DEL",
        "nul\0byte and bell\u0007 and backspace\b",
        "\u2028line separator\u2029",
        "lone \uD800 surrogate",
        "=HYPERLINK(\"http://evil\",\"x\")",
        "@bot0", "+1 call me", "-cmd", "\tTAB", "\rCR",
        "'=already quoted", "''", "'", "\\u{1B}literal", "\\u{zz}", "a\\b", "\\\\u{41}",
        "| pipe <b>html</b> *bold* _u_ [link](x) # `code` \\",
    ];

    private static readonly char[] Dangerous =
    [
        '\u001b', '\u0007', '\u0000', '\b', '\u009b', '\u0085', '\u007f', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
        '\u2066', '\u2067', '\u2068', '\u2069',
    ];

    [Fact]
    public void TerminalTextHasNoControlBidiOrLineBreakCharacters()
    {
        foreach (var s in Hostile)
        {
            var t = SafeText.Terminal(s);
            Assert.True(t.IndexOfAny(Dangerous) < 0, $"raw control in {t}");
            Assert.DoesNotContain('\n', t);
            Assert.DoesNotContain('\r', t);
            Assert.DoesNotContain('\u2028', t);
            Assert.DoesNotContain('\u2029', t);
            Assert.False(HasLoneSurrogate(t), t);
        }
        Assert.Equal("\\u{1B}[31mred", SafeText.Terminal("\u001b[31mred"));
        Assert.Equal("bot\\u{202E}gnp.exe", SafeText.Terminal("bot\u202Egnp.exe"));
        Assert.Equal("a\\nb", SafeText.Terminal("a\nb"));
        Assert.Equal("lone \uFFFD", SafeText.Terminal("lone \uD800"));
        Assert.Equal("Алматы 🇰🇿 مرحبا", SafeText.Terminal("Алматы 🇰🇿 مرحبا"));
        Assert.Equal("ab…", SafeText.Terminal("abcdef", 3));
        Assert.Equal("a\nb\\u{1B}", SafeText.TerminalLines("a\nb\u001b"));
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            if (char.IsSurrogate(s[i])) return true;
        }
        return false;
    }

    [Fact]
    public void MarkdownCellHasNoControlsBidiPipesOrHtml()
    {
        foreach (var s in Hostile)
        {
            var m = SafeText.Markdown(s, 1000);
            Assert.True(m.IndexOfAny(Dangerous) < 0, $"raw control in {m}");
            Assert.DoesNotContain('\n', m);
            Assert.DoesNotContain('<', m);
            Assert.DoesNotContain("\u2028", m);
            // Every pipe is escaped, so a cell cannot end early.
            for (var i = 0; i < m.Length; i++) if (m[i] == '|') Assert.Equal('\\', m[i - 1]);
        }
        Assert.Equal("bot\\\\u{202E}gnp", SafeText.Markdown("bot\u202Egnp")); // renders as bot\u{202E}gnp
        Assert.Equal("a\\\\b", SafeText.Markdown("a\\b"));
    }

    [Fact]
    public void XmlTextIsLegalXmlWithoutBidiControls()
    {
        foreach (var s in Hostile)
        {
            var x = SafeText.Xml(s);
            Assert.True(x.IndexOfAny(Dangerous) < 0, $"raw control in {x}");
            // Whatever remains, an XmlWriter with character checking accepts it.
            var sb = new StringBuilder();
            using (var w = System.Xml.XmlWriter.Create(sb, new System.Xml.XmlWriterSettings { CheckCharacters = true }))
            {
                w.WriteStartElement("n");
                w.WriteAttributeString("label", x);
                w.WriteString(x);
                w.WriteEndElement();
            }
        }
        Assert.Equal("bot\\u{202E}gnp", SafeText.Xml("bot\u202Egnp"));
        Assert.Equal("Алматы", SafeText.Xml("Алматы"));
    }

    [Fact]
    public void CsvTextIsNeutralisedAndReadsBackExactly()
    {
        foreach (var s in Hostile)
        {
            var c = SafeText.Csv(s);
            Assert.True(c.IndexOfAny(Dangerous) < 0, $"raw control in {c}");
            Assert.False(c.Length > 0 && c[0] is '=' or '+' or '@' or '\t' or '\r' || c.StartsWith('-') && !double.TryParse(c, out _), $"formula start: {c}");
            Assert.Equal(s, SafeText.FromCsv(c));
        }
        Assert.Equal("'@bot0", SafeText.Csv("@bot0"));
        Assert.Equal("-5", SafeText.Csv("-5"));
        Assert.Equal("-1001000724666", SafeText.Csv("-1001000724666")); // Telegram channel ids stay numbers
        Assert.Equal("'don't", SafeText.Csv("'don't"));                  // a leading apostrophe alone is kept as it is
        Assert.Equal("''=x", SafeText.Csv("'=x"));
        Assert.Equal("bot\\u{202E}gnp", SafeText.Csv("bot\u202Egnp"));
        Assert.Equal("line\nbreak", SafeText.Csv("line\nbreak"));          // line ends are data; the writer quotes them
    }

    /// <summary>Random strings over an alphabet rich in the characters the escapes involve: the CSV rule is a bijection.</summary>
    [Fact]
    public void CsvRoundTripHoldsForRandomStrings()
    {
        var alphabet = "'=+-@\t\r\n\\u{}0123456789ABCDEFabc,\" \u001b\u202E\u2066\u0085\u007f\u2028é🙂".EnumerateRunes().Select(r => r.ToString()).ToArray();
        var random = new Random(13);
        for (var n = 0; n < 20_000; n++)
        {
            var sb = new StringBuilder();
            for (var k = random.Next(0, 12); k > 0; k--) sb.Append(alphabet[random.Next(alphabet.Length)]);
            var s = sb.ToString();
            Assert.Equal(s, SafeText.FromCsv(SafeText.Csv(s)));
        }
    }

    /// <summary>The writer and the reader together: every hostile string in every column comes back as written.</summary>
    [Fact]
    public void WrittenCsvReadsBackThroughTheOneReader()
    {
        var text = new StringWriter();
        var csv = new CsvWriter(text);
        csv.Header("id", "text", "n");
        foreach (var s in Hostile) csv.Text(s).Text(s + "," + s).Value(42).EndRecord();
        using var reader = new CsvReader(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())));
        Assert.True(reader.Read());
        var row = 0;
        while (reader.Read())
        {
            var expected = Hostile[row++].Replace("\uD800", "\uFFFD"); // UTF-8 cannot hold a lone surrogate
            Assert.Null(reader.Malformation);
            Assert.Equal(3, reader.FieldCount);
            Assert.Equal(expected, reader.GetText(0));
            Assert.Equal(expected + "," + expected, reader.GetText(1));
            Assert.Equal("42", reader.GetText(2));
        }
        Assert.Equal(Hostile.Length, row);
    }
}
