namespace Swarmscope.Text.Tests;

/// <summary>
/// Hand-written pairs: the same Kazakh text in Cyrillic and in every Latin alphabet in use (decree No. 569 of 2017
/// with apostrophes, its 2018 revision with acutes, the 2021 version with diacritics, informal ASCII) must give one
/// key; the transliterations were written by hand from the tables in docs/text.md, not produced by the code.
/// </summary>
public class KazakhFoldingTests
{
    public static TheoryData<string, string> SameTextInEveryAlphabet => new()
    {
        // "I made a choice for the new Kazakhstan"
        { "Мен жаңа Қазақстан үшін таңдау жасадым", "Men jan'a Qazaqstan u's'in tan'day' jasadym" },        // 2017
        { "Мен жаңа Қазақстан үшін таңдау жасадым", "Men jańa Qazaqstan úshin tańdaý jasadym" },            // 2018
        { "Мен жаңа Қазақстан үшін таңдау жасадым", "Men jaña Qazaqstan üşın tañdau jasadym" },             // 2021
        { "Мен жаңа Қазақстан үшін таңдау жасадым", "Men zhana Qazaqstan ushin tandau zhasadym" },          // informal
        { "Мен жаңа Қазақстан үшін таңдау жасадым", "MEN JAŃA QAZAQSTAN ÚSHIN TAŃDAÝ JASADYM" },            // 2018 capitals
        // "We, our families, give four votes" (ш, ғ, ұ, ө, ы, і)
        { "Біз, біздің отбасыларымыз, төрт дауыс береміз", "Biz, bizdin' otbasylarymyz, to'rt day'ys beremiz" },   // 2017
        { "Біз, біздің отбасыларымыз, төрт дауыс береміз", "Biz, bizdiń otbasylarymyz, tórt daýys beremiz" },      // 2018
        { "Біз, біздің отбасыларымыз, төрт дауыс береміз", "Bız, bızdıñ otbasylarymyz, tört dauys beremız" },      // 2021
        { "Біз, біздің отбасыларымыз, төрт дауыс береміз", "Biz, bizding otbasylarymyz, tort dauys beremiz" },     // informal
        // "the course is right and conscious" (ғ, ұ, ш)
        { "Бағыт дұрыс және саналы", "Bag'yt durys ja'ne sanaly" },                                        // 2017
        { "Бағыт дұрыс және саналы", "Baǵyt durys jáne sanaly" },                                          // 2018
        { "Бағыт дұрыс және саналы", "Bağyt dūrys jäne sanaly" },                                          // 2021
        { "Бағыт дұрыс және саналы", "Baghyt durys zhane sanaly" },                                       // informal
        // ч and ш: 2017 c' and s', 2018 ch and sh, 2021 ç and ş
        { "Шешім шын, чемпион", "S'es'im s'yn, c'empion" },
        { "Шешім шын, чемпион", "Sheshim shyn, chempion" },
        { "Шешім шын, чемпион", "Şeşım şyn, çempion" },
        // и/й: 2017 i', 2018 i, 2021 i; and the word "home" үйіне (ү й і)
        { "Қасиеті үйіне келді", "Qasi'yeti u'i'ine keldi" },
        { "Қасиеті үйіне келді", "Qasietı üiıne keldı" },
        // Names in Russian-style English transliteration
        { "Тоқаев пен Назарбаев", "Tokayev pen Nazarbayev" },
        { "Жанболат Мамай", "Zhanbolat Mamay" },
        { "Ерлан Карин", "Yerlan Karin" },
    };

    [Theory]
    [MemberData(nameof(SameTextInEveryAlphabet))]
    public void CyrillicAndLatinSpellingsGiveOneKey(string cyrillic, string latin) =>
        Assert.Equal(TextNormalizer.Normalize(cyrillic), TextNormalizer.Normalize(latin));

    [Fact]
    public void KeyIsLatin()
    {
        Assert.Equal("men jana kazakstan uşin tandau jasadim", TextNormalizer.Normalize("Мен жаңа Қазақстан үшін таңдау жасадым"));
        Assert.Equal("kazakstan", TextNormalizer.Normalize("Qazaqstan"));
    }

    [Theory]
    [InlineData("Кaзaқстaн")]          // Latin a inside a Cyrillic word
    [InlineData("ҚАЗАҚСТАН")]
    [InlineData("Qazaqstan")]
    [InlineData("Qаzаqstаn")]          // Cyrillic а inside a Latin word
    [InlineData("Қазақстан")]
    public void LookAlikesResolveToTheWordsScript(string spelling) =>
        Assert.Equal("kazakstan", TextNormalizer.Normalize(spelling));

    [Fact]
    public void AmbiguousWordsTakeTheScriptOfTheText()
    {
        // "ВОТ" written with Latin B, O, T inside a Russian sentence is the Russian word.
        Assert.Equal(TextNormalizer.Normalize("это наш выбор, ВОТ"), TextNormalizer.Normalize("это наш выбор, BOT"));
        // Without any unambiguous letter anywhere, both spellings fold the same way (to Latin).
        Assert.Equal(TextNormalizer.Normalize("НОСТ"), TextNormalizer.Normalize("HOCT"));
    }

    [Fact]
    public void DifferentWordsStayDifferent()
    {
        Assert.NotEqual(TextNormalizer.Normalize("Қазақстан"), TextNormalizer.Normalize("Казахстан"));
        Assert.NotEqual(TextNormalizer.Normalize("жаңа"), TextNormalizer.Normalize("жақсы"));
        Assert.NotEqual(TextNormalizer.Normalize("сделал выбор"), TextNormalizer.Normalize("made a choice"));
    }

    [Fact]
    public void RussianAndEnglishTransliterationsOfOneNameMeet()
    {
        Assert.Equal(TextNormalizer.Normalize("Казахстан"), TextNormalizer.Normalize("Kazakhstan"));
        Assert.Equal(TextNormalizer.Normalize("Токаев"), TextNormalizer.Normalize("Tokayev"));
    }
}
